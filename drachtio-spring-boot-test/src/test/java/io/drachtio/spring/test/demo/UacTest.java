package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo application as a UAC: the test plays the carrier that challenges its INVITE. */
@SpringBootTest
@AutoConfigureDrachtioTestServer
class UacTest {

    @Autowired
    SipTestClient sip;

    @Autowired
    Dialer dialer;

    @Test
    void answersAProxyChallengeWithCredentials() {
        CompletableFuture<Integer> outcome = dialer.call("sip:bob@carrier.example.com").toFuture();

        AppRequest first = sip.awaitRequest("INVITE");
        assertThat(first).hasRequestUri("sip:bob@carrier.example.com").hasNoCredentials()
                .hasContentType("application/sdp");
        assertThat(first.challenge(407, "carrier.example.com")).hasStatus(407).hasHeader("Proxy-Authenticate");

        AppRequest retry = sip.awaitRequest("INVITE");
        assertThat(retry).hasValidCredentials(Dialer.USER, Dialer.PASSWORD);
        assertThat(retry.credentials().realm()).isEqualTo("carrier.example.com");
        retry.respond(ResponseSpec.status(180));
        retry.respond(ResponseSpec.status(200).sdp(DemoSipApplication.ANSWER_SDP));

        assertThat(retry.awaitAck()).hasMethod("ACK");
        assertThat(outcome).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(200);
    }

    @Test
    void reportsTheFarEndsRefusal() {
        CompletableFuture<Integer> outcome = dialer.call("sip:carol@carrier.example.com").toFuture();

        AppRequest invite = sip.awaitRequest("INVITE");
        invite.respond(ResponseSpec.status(486).reason("Busy Here"));

        assertThat(invite.awaitAck().isServerGenerated()).isTrue();
        assertThat(outcome).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(486);
    }
}
