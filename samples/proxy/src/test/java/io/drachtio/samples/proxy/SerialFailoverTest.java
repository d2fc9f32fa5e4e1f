package io.drachtio.samples.proxy;

import static io.drachtio.samples.proxy.Sites.ALICE_AT_SITE1;
import static io.drachtio.samples.proxy.Sites.ALICE_AT_SITE2;
import static io.drachtio.samples.proxy.Sites.ANSWER_SDP;
import static io.drachtio.samples.proxy.Sites.CALL_FOR_ALICE;
import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The proxy configured for serial forking, without record-routing, with a provisional timeout. */
@SpringBootTest(properties = {Sites.TARGETS, "proxy.forking=serial", "proxy.remain-in-dialog=false",
        "proxy.provisional-timeout=2s"})
@AutoConfigureDrachtioTestServer
class SerialFailoverTest {

    @Autowired
    SipTestClient sip;

    @Test
    void failsOverToTheNextTargetWhenTheFirstIsBusy() {
        sip.proxyTarget(ALICE_AT_SITE1).answers(ResponseSpec.status(486).reason("Busy Here"));
        sip.proxyTarget(ALICE_AT_SITE2).answers(180).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasBody(ANSWER_SDP);
        call.sendAck();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.command().simultaneous()).isFalse();
        assertThat(proxy.forwardedRequests()).extracting(SipRequest::requestUri)
                .containsExactly(ALICE_AT_SITE1, ALICE_AT_SITE2);
        assertThat(proxy.responsesFrom(ALICE_AT_SITE1)).extracting(SipResponse::status).containsExactly(486);
    }

    @Test
    void givesUpASilentTargetAfterTheProvisionalTimeout() {
        sip.proxyTarget(ALICE_AT_SITE1).neverAnswers();
        sip.proxyTarget(ALICE_AT_SITE2).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.command().provisionalTimeout()).isEqualTo("2s");
        assertThat(proxy.forwardedRequests()).extracting(SipRequest::requestUri).containsExactly(ALICE_AT_SITE1);

        sip.advanceClock(Duration.ofSeconds(2));                                     // site 1 stayed silent

        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();
        assertThat(proxy.forwardedRequests()).extracting(SipRequest::requestUri)
                .containsExactly(ALICE_AT_SITE1, ALICE_AT_SITE2);
    }

    @Test
    void leavesTheDialogWithoutRecordRouting() {
        sip.proxyTarget(ALICE_AT_SITE1).answers(ResponseSpec.status(200).sdp(ANSWER_SDP));

        NetworkTransaction call = sip.invite(CALL_FOR_ALICE).send();

        assertThat(call.awaitFinalResponse()).hasStatus(200).doesNotHaveHeader("Record-Route");
        call.sendAck();
        ProxyOperation proxy = sip.awaitProxy();
        assertThat(proxy.command().remainInDialog()).isFalse();
        assertThat(proxy.forwardedRequests()).singleElement()
                .satisfies(forwarded -> assertThat(forwarded).doesNotHaveHeader("Record-Route"));
    }
}
