package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caller CANCELs a proxied INVITE (drachtio-server's {@code ProxyCore}): the server answers the
 * CANCEL 200 and the INVITE 487 itself, cancels the targets that answered provisionally, reports
 * their 487s with {@code continue}, ACKs them and ends with {@code done}; the application never
 * receives the CANCEL.
 */
class ProxyCancelTest extends ProxyFixture {

    @Test
    void aRingingTargetAnswersTheCancelAnd487WhichIsReportedBeforeDone() {
        server.proxyTarget(TARGET_1).answers(180);
        NetworkTransaction call = proxiedCall("", "serial", TARGET_1);
        assertThat(call.awaitResponse(180)).isNotNull();

        assertThat(call.sendCancel().awaitFinalResponse().status()).isEqualTo(200);

        assertThat(call.awaitFinalResponse().status()).isEqualTo(487);
        Reply terminated = app.nextReply();
        assertThat(terminated.isContinue()).isTrue();
        assertThat(TestApp.response(terminated).status()).isEqualTo(487);
        assertThat(terminated.meta().address()).isEqualTo("192.0.2.71");
        assertThat(app.nextReply().isDone()).isTrue();
        app.assertNothingPending();                                           // no CANCEL for the application

        ProxyOperation operation = server.awaitProxy();
        assertThat(operation.awaitOutcome().status()).isEqualTo(487);
        assertThat(operation.finalResponses()).extracting(SipResponse::status).containsExactly(487);
        assertThat(operation.responsesFrom(TARGET_1)).extracting(SipResponse::status).containsExactly(180, 487);
        AppRequest cancel = server.awaitServerRequest("CANCEL");
        assertThat(cancel.request().requestUri()).isEqualTo(TARGET_1);
        assertThat(cancel.responses()).extracting(SipResponse::status).containsExactly(200);
        SipRequest ack = server.awaitServerRequest("ACK").request();
        assertThat(ack.topVia().branch()).isEqualTo(operation.forwardedRequests().get(0).topVia().branch());
        assertThat(operation.acksTo(TARGET_1)).singleElement()
                .satisfies(received -> assertThat(received.to().tag())
                        .isEqualTo(operation.responsesFrom(TARGET_1).get(1).to().tag()));
    }

    @Test
    void onlyTargetsThatAnsweredAreCancelledAndDoneFollowsTheLast487() {
        server.proxyTarget(TARGET_1).neverAnswers();
        server.proxyTarget(TARGET_2).answers(183);
        NetworkTransaction call = proxiedCall("", "simultaneous", TARGET_1, TARGET_2);
        assertThat(call.awaitResponse(183)).isNotNull();

        call.sendCancel();

        assertThat(call.awaitFinalResponse().status()).isEqualTo(487);
        assertThat(TestApp.response(app.nextReply()).status()).isEqualTo(487);
        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(server.networkRequests()).extracting(AppRequest::method)
                .containsExactly("INVITE", "INVITE", "CANCEL", "ACK");
        assertThat(server.awaitServerRequest("CANCEL").request().requestUri()).isEqualTo(TARGET_2);
    }

    @Test
    void aTargetScriptedToIgnoreTheCancelKeepsItsScript() {
        server.proxyTarget(TARGET_1).answers(180).answersAfter(Duration.ofSeconds(2), 486).ignoresCancel();
        NetworkTransaction call = proxiedCall("", "serial", TARGET_1);
        assertThat(call.awaitResponse(180)).isNotNull();

        call.sendCancel();

        assertThat(call.awaitFinalResponse().status()).isEqualTo(487);     // the server answers the caller at once
        AppRequest cancel = server.awaitServerRequest("CANCEL");
        assertThat(cancel.responses()).isEmpty();
        app.assertNothingPending();                                          // the target is still outstanding

        server.clock().advance(Duration.ofSeconds(2));

        assertThat(TestApp.response(app.nextReply()).status()).isEqualTo(486);
        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(server.awaitProxy().awaitOutcome().status()).isEqualTo(487);
        assertThat(call.responses()).extracting(SipResponse::status).containsExactly(180, 487);
    }

    @Test
    void cancellationWritesTheServersStopRecordAndTheTargetsCallCanceledRecord() {
        server.proxyTarget(TARGET_1).answers(180);
        try (TestApp cdrs = TestApp.connect(server, "cdr:stop")) {
            NetworkTransaction call = proxiedCall("", "serial", TARGET_1);
            assertThat(call.awaitResponse(180)).isNotNull();

            call.sendCancel();

            assertThat(call.awaitFinalResponse().status()).isEqualTo(487);
            List<CdrEvent> stops = List.of(cdrs.nextCdr(), cdrs.nextCdr());
            assertThat(stops).extracting(CdrEvent::reason).containsExactly("call-rejected", "call-canceled");
        }
    }
}
