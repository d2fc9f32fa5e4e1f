package io.drachtio.spring.actuate;

import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.observation.RequestMdc;
import io.drachtio.spring.reply.SipReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import reactor.core.publisher.Mono;

/**
 * The application of the Actuator tests: a blocking INVITE handler answering {@code 486}, a reactive one
 * answering {@code 200}, one that waits at a gate, and an OPTIONS handler. Each records the MDC it saw.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedApplication.ObservedCalls.class)
public class ObservedApplication {

    /** The handlers; requests are addressed to {@code sip:<busy|reactive|gated|any>@…}. */
    @SipController
    public static class ObservedCalls {

        /** MDC seen by the handlers: key {@code <handler> <MDC key>}, value the MDC value (or "null"). */
        final Map<String, String> seenMdc = new ConcurrentHashMap<>();
        /** Counted down by the gated handler when it starts. */
        volatile CountDownLatch gateEntered = new CountDownLatch(1);
        /** The gated handler waits for it. */
        volatile CountDownLatch gateOpen = new CountDownLatch(1);

        @Invite(requestUri = "sip:busy@.*")
        SipReply busy() {
            record("busy");
            return SipReply.status(486, "Busy Here");
        }

        @Invite(requestUri = "sip:reactive@.*")
        Mono<SipReply> reactive() {
            record("reactive");
            return Mono.just(SipReply.ok());
        }

        @Invite(requestUri = "sip:gated@.*")
        SipReply gated() throws InterruptedException {
            gateEntered.countDown();
            if (!gateOpen.await(10, TimeUnit.SECONDS)) {
                return SipReply.status(500, "Gate Never Opened");
            }
            return SipReply.ok();
        }

        @Options
        SipReply options() {
            return SipReply.ok();
        }

        private void record(String handler) {
            seenMdc.put(handler + " " + RequestMdc.CALL_ID, String.valueOf(MDC.get(RequestMdc.CALL_ID)));
            seenMdc.put(handler + " " + RequestMdc.TRANSACTION_ID, String.valueOf(MDC.get(RequestMdc.TRANSACTION_ID)));
            seenMdc.put(handler + " thread", Thread.currentThread().getName());
        }
    }
}
