package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo application as a proxy that fails over from its primary to its backup destination. */
@SpringBootTest
@AutoConfigureDrachtioTestServer
class ProxyFailoverTest {

    @Autowired
    SipTestClient sip;

    @Autowired
    CallController controller;

    @Test
    void failsOverToTheBackupWhenThePrimaryIsUnavailable() {
        sip.proxyTarget(CallController.PRIMARY).answers(ResponseSpec.status(503).reason("Maintenance"));
        sip.proxyTarget(CallController.BACKUP).answers(180)
                .answersAfter(Duration.ofSeconds(3), ResponseSpec.status(200).sdp(DemoSipApplication.ANSWER_SDP));

        NetworkTransaction call = sip.invite("sip:hunt@127.0.0.1").send();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.destinations()).containsExactly(CallController.PRIMARY, CallController.BACKUP);
        assertThat(call.awaitResponse(180)).isProvisional();

        sip.advanceClock(Duration.ofSeconds(3));

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasContentType("application/sdp");
        call.sendAck();
        assertThat(proxy.awaitOutcome()).hasStatus(200);
        assertThat(proxy.responsesFrom(CallController.PRIMARY)).extracting(SipResponse::status).containsExactly(503);
        assertThat(proxy.forwardedRequests()).extracting(request -> request.requestUri())
                .containsExactly(CallController.PRIMARY, CallController.BACKUP);
    }

    @Test
    void passesTheBestFailureUpstreamWhenEveryDestinationFails() {
        sip.proxyTarget(CallController.PRIMARY).answers(503);
        sip.proxyTarget(CallController.BACKUP).answers(ResponseSpec.status(486).reason("Busy Here"));

        NetworkTransaction call = sip.invite("sip:hunt@127.0.0.1").send();

        assertThat(call.awaitFinalResponse()).hasStatus(486).hasReason("Busy Here");
        assertThat(sip.awaitProxy().finalResponses()).extracting(SipResponse::status).containsExactly(503, 486);
    }

    @Test
    void aCancelledCallEndsWith487FromTheRingingTargetInTheProxyResult() throws InterruptedException {
        sip.proxyTarget(CallController.PRIMARY).answers(180);

        NetworkTransaction call = sip.invite("sip:hunt@127.0.0.1").send();
        assertThat(call.awaitResponse(180)).isProvisional();
        assertThat(call.sendCancel().awaitFinalResponse()).hasStatus(200);

        assertThat(call.awaitFinalResponse()).hasStatus(487);
        call.sendAck();
        CallController.ProxyOutcome outcome = outcomeOf(call.request().callId());
        assertThat(outcome.result().finalStatus()).isEqualTo(487);                // the target's 487, via continue
        assertThat(outcome.result().best().port()).isEqualTo(5171);
        assertThat(outcome.cancelled()).isFalse();                               // drachtio-server keeps the CANCEL to itself
        assertThat(sip.awaitProxy().forwardedRequests()).hasSize(1);             // the backup is never tried
    }

    private CallController.ProxyOutcome outcomeOf(String callId) throws InterruptedException {
        CallController.ProxyOutcome outcome;
        do {
            outcome = controller.proxyOutcomes().poll(5, TimeUnit.SECONDS);
            assertThat(outcome).as("the proxy outcome of %s", callId).isNotNull();
        } while (!outcome.callId().equals(callId));
        return outcome;
    }
}
