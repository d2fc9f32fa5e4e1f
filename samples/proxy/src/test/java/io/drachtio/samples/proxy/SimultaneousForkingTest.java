package io.drachtio.samples.proxy;

import static io.drachtio.samples.proxy.Sites.ALICE_AT_SITE1;
import static io.drachtio.samples.proxy.Sites.ALICE_AT_SITE2;
import static io.drachtio.samples.proxy.Sites.ANSWER_SDP;
import static io.drachtio.samples.proxy.Sites.CALL_FOR_ALICE;
import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The proxy with its defaults: simultaneous forking, record-routing, no provisional timeout. */
@SpringBootTest(properties = Sites.TARGETS)
@AutoConfigureDrachtioTestServer
@ExtendWith(OutputCaptureExtension.class)
class SimultaneousForkingTest {

    @Autowired
    SipTestClient sip;

    @Test
    void forksToEveryTargetAtOnceAndConnectsTheOneThatAnswers() {
        sip.proxyTarget(ALICE_AT_SITE1).answers(180);
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasBody(ANSWER_SDP);
        call.sendAck();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.command().simultaneous()).isTrue();
        assertThat(proxy.forwardedRequests()).extracting(SipRequest::requestUri)
                .containsExactly(ALICE_AT_SITE1, ALICE_AT_SITE2);
        assertThat(proxy.forwardedRequests()).allSatisfy(forwarded ->
                assertThat(forwarded).hasHeader("Subject", "Incoming call for alice"));
        assertThat(proxy.responsesFrom(ALICE_AT_SITE1)).extracting(SipResponse::status).containsExactly(180);
        assertThat(sip.server().networkRequests()).extracting(AppRequest::method)
                .containsExactly("INVITE", "INVITE", "CANCEL", "ACK");              // the ringing site is cancelled
    }

    @Test
    void relaysTheBestFinalResponseWhenEveryTargetFails() {
        sip.proxyTarget(ALICE_AT_SITE1).answers(ResponseSpec.status(503).reason("Maintenance"));
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(486).reason("Busy Here"));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();

        assertThat(call.awaitFinalResponse()).hasStatus(486).hasReason("Busy Here");   // a 4xx beats a 5xx (§16.7)
        assertThat(sip.awaitProxy().finalResponses()).extracting(SipResponse::status).containsExactlyInAnyOrder(503, 486);
    }

    @Test
    void staysInTheDialogByRecordRouting() {
        sip.proxyTarget(ALICE_AT_SITE1).answers(486);
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasHeader("Record-Route");
        call.sendAck();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.command().remainInDialog()).isTrue();
        assertThat(proxy.forwardedRequests()).allSatisfy(forwarded -> assertThat(forwarded).hasHeader("Record-Route"));
        assertThat(proxy.acksTo(ALICE_AT_SITE2)).singleElement()                   // the caller's ACK reached site 2
                .satisfies(ack -> assertThat(ack).hasMethod("ACK").doesNotHaveHeader("Route"));

        NetworkTransaction bye = call.dialog().sendBye();                          // along the Record-Route

        assertThat(bye.awaitFinalResponse()).hasStatus(200);
        assertThat(bye.handling()).isEqualTo(RequestHandling.RELAYED);              // drachtio-server saw the BYE
        assertThat(sip.server().networkRequests()).extracting(AppRequest::method)
                .containsExactly("INVITE", "INVITE", "ACK", "ACK", "BYE");          // both forks, site 1's 486 ACKed
    }

    @Test
    void aCallCancelledWhileRingingEndsWith487AndIsLogged(CapturedOutput output) {
        sip.proxyTarget(ALICE_AT_SITE1).answers(180);
        sip.proxyTarget(ALICE_AT_SITE2).answers(180);

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();
        assertThat(call.awaitResponse(180)).isProvisional();
        assertThat(call.sendCancel().awaitFinalResponse()).hasStatus(200);

        assertThat(call.awaitFinalResponse()).hasStatus(487);
        call.sendAck();
        assertThat(sip.awaitProxy().finalResponses()).extracting(SipResponse::status).containsExactly(487, 487);
        String line = "Proxied call callId=" + call.request().callId() + " user=alice status=487 target=" + ALICE_AT_SITE1;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains(line));
    }

    @Test
    void logsTheOutcomeOfEveryCall(CapturedOutput output) {
        sip.proxyTarget(ALICE_AT_SITE1).answers(ResponseSpec.status(486).reason("Busy Here"));
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();
        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();

        String line = "Proxied call callId=" + call.request().callId() + " user=alice status=200 target=" + ALICE_AT_SITE2;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains(line));
    }

    @Test
    void logsTheBestFailureWhenNobodyAnswers(CapturedOutput output) {
        sip.proxyTarget(ALICE_AT_SITE1).answers(ResponseSpec.status(480).reason("Temporarily Unavailable"));
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(603).reason("Decline"));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();
        assertThat(call.awaitFinalResponse()).hasStatus(603);                        // a 6xx beats everything else

        String line = "Proxied call callId=" + call.request().callId() + " user=alice status=603 target=" + ALICE_AT_SITE2;
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains(line));
    }

    @Test
    void answersAnInviteWithoutAUserWith404() {
        NetworkTransaction call = sip.invite("sip:127.0.0.1").send();

        assertThat(call.awaitFinalResponse()).hasStatus(404);
        assertThat(sip.server().networkRequests()).isEmpty();                         // nothing was forwarded
    }
}
