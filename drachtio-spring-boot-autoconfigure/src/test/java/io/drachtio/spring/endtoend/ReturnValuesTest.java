package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every supported return type, answered over a real socket; every request gets exactly one final response. */
@EndToEndTest
class ReturnValuesTest {

    @Autowired
    DrachtioTestServer server;

    @Test
    void statusCodes() {
        SipResponse primitive = Network.answer(server, "INFO", "int");
        assertThat(primitive.status()).isEqualTo(202);
        assertThat(primitive.reason()).isEqualTo("Accepted");
        assertThat(Network.answer(server, "INFO", "integer").status()).isEqualTo(480);
    }

    @Test
    void aReplyWithReasonHeadersAndBody() {
        SipResponse response = Network.answer(server, "INFO", "reply");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.reason()).isEqualTo("Fine");
        assertThat(response.header("X-Reply")).isEqualTo("yes");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.bodyAsString()).isEqualTo("reply body");
    }

    @Test
    void aCompleteSipResponse() {
        SipResponse response = Network.answer(server, "INFO", "response");

        assertThat(response.status()).isEqualTo(486);
        assertThat(response.reason()).isEqualTo("Busy Everywhere");
        assertThat(response.header("X-Built")).isEqualTo("by hand");
    }

    @Test
    void aResponseTheHandlerSentItself() {
        SipResponse returned = Network.answer(server, "INFO", "sent");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.reason()).isEqualTo("Sent Myself");

        SipResponse voidHandler = Network.answer(server, "INFO", "self");
        assertThat(voidHandler.reason()).isEqualTo("Answered Myself");

        SipResponse later = Network.answer(server, "INFO", "later");
        assertThat(later.reason()).as("answered from another thread before the Mono completed")
                .isEqualTo("Answered Later");
    }

    @Test
    void aProxyResult() {
        server.proxyTarget(ReturnValueController.PROXY_TARGET).answers(486);
        NetworkTransaction invite = Network.request(server, "INVITE", "proxied").sdp().send();

        ProxyOperation proxy = server.awaitProxy();
        assertThat(proxy.destinations()).containsExactly(ReturnValueController.PROXY_TARGET);
        assertThat(invite.awaitFinalResponse().status()).as("the target's answer, nothing added")
                .isEqualTo(486);
    }

    @Test
    void asynchronousValues() {
        SipResponse mono = Network.answer(server, "INFO", "mono");
        assertThat(mono.status()).isEqualTo(202);
        assertThat(mono.reason()).isEqualTo("Later");
        assertThat(mono.header("X-Thread")).as("reactive handlers are invoked on the event loop")
                .doesNotStartWith("sip-handler-");
        assertThat(Network.answer(server, "INFO", "monostatus").status()).isEqualTo(486);
        SipResponse stage = Network.answer(server, "INFO", "stage");
        assertThat(stage.status()).isEqualTo(202);
        assertThat(stage.reason()).isEqualTo("Staged");
        assertThat(Network.answer(server, "INFO", "future").status()).isEqualTo(486);
    }

    @Test
    void emptyAndVoidGetTheDefaultAnswer() {
        assertThat(Network.answer(server, "INFO", "empty").status()).isEqualTo(200);
        assertThat(Network.answer(server, "INFO", "void").status()).isEqualTo(200);
        SipResponse invite = Network.request(server, "INVITE", "void").sdp().send().awaitFinalResponse();
        assertThat(invite.status()).as("an INVITE must be answered deliberately").isEqualTo(500);
        assertThat(Network.request(server, "INVITE", "empty").sdp().send().awaitFinalResponse().status())
                .isEqualTo(500);
    }

    @Test
    void theApplicationsOwnReturnValueHandler() {
        SipResponse response = Network.answer(server, "INFO", "busy");

        assertThat(response.status()).isEqualTo(486);
        assertThat(response.header("Retry-After")).isEqualTo("30");
    }

    @Test
    void exactlyOneFinalResponseWhenTheHandlerAnswersAndReturnsAStatus() {
        NetworkTransaction twice = Network.request(server, "INFO", "twice").callId("twice@example.com").send();
        assertThat(twice.awaitFinalResponse().reason()).isEqualTo("First Answer");

        NetworkTransaction next = Network.request(server, "INFO", "int").callId("twice@example.com").send();
        assertThat(next.awaitFinalResponse().status()).isEqualTo(202);

        assertThat(twice.responses()).filteredOn(response -> response.status() >= 200).hasSize(1);
    }
}
