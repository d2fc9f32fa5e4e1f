package io.drachtio.spring.endtoend;

import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import org.springframework.core.annotation.Order;

/**
 * Competing mappings for the same requests (INFO): the most specific wins, then the lower
 * {@code @Order}. Each answers {@code 200} naming itself in {@code X-Handler}.
 */
@SipController
class MappingController {

    @Info(requestUri = "sip:tenant@.*", headers = {"X-Tenant=blue", "X-Level~=gold|silver"})
    SipReply blueGoldOrSilver() {
        return handledBy("blue-gold-or-silver");
    }

    @Info(requestUri = "sip:tenant@.*", headers = "X-Tenant")
    SipReply anyTenant() {
        return handledBy("any-tenant");
    }

    @Info(requestUri = "sip:tenant@.*", headers = "!X-Tenant")
    SipReply noTenant() {
        return handledBy("no-tenant");
    }

    @Info(requestUri = "sip:ordered@.*")
    @Order(2)
    SipReply orderedSecond() {
        return handledBy("order-2");
    }

    @Info(requestUri = "sip:ordered@.*")
    @Order(1)
    SipReply orderedFirst() {
        return handledBy("order-1");
    }

    private static SipReply handledBy(String handler) {
        return SipReply.ok().header("X-Handler", handler);
    }
}
