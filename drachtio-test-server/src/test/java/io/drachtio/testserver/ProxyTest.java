package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code proxy} command and the scripted targets (§5.6, §9). */
class ProxyTest extends ProxyFixture {

    @Test
    void serialForkingReportsEachFinalResponseThenDoneRightAfterThe2xx() {
        server.proxyTarget(TARGET_1).answers(486);
        server.proxyTarget(TARGET_2).answers(180).answers(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();

        String id = TestApp.newId();
        app.send(id + "|proxy|" + delivered.transactionId() + "|remainInDialog|fullResponse||serial|||" + TARGET_1
                + "|" + TARGET_2 + "\r\nINVITE " + TARGET_1 + " SIP/2.0\r\nX-Proxied-By: test\r\n\r\n");

        Reply busy = app.nextReply();
        assertThat(busy.isContinue()).isTrue();
        assertThat(busy.commandId()).isEqualTo(id);
        assertThat(TestApp.response(busy).status()).isEqualTo(486);
        assertThat(busy.meta().source()).isEqualTo(Source.NETWORK);
        assertThat(busy.meta().address()).isEqualTo("192.0.2.71");
        Reply ok = app.nextReply();
        assertThat(ok.isContinue()).isTrue();
        assertThat(TestApp.response(ok).status()).isEqualTo(200);
        assertThat(ok.meta().address()).isEqualTo("192.0.2.72");
        Reply done = app.nextReply();
        assertThat(done.isDone()).isTrue();

        assertThat(call.awaitResponse(180).vias()).hasSize(1);
        SipResponse answer = call.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.vias()).hasSize(1);
        ProxyOperation operation = server.awaitProxy();
        assertThat(operation.command().remainInDialog()).isTrue();
        assertThat(operation.command().simultaneous()).isFalse();
        assertThat(operation.destinations()).containsExactly(TARGET_1, TARGET_2);
        assertThat(operation.header("X-Proxied-By")).isEqualTo("test");
        assertThat(operation.awaitOutcome().status()).isEqualTo(200);
        SipRequest forwarded = operation.forwardedRequests().get(1);
        assertThat(forwarded.requestUri()).isEqualTo(TARGET_2);
        assertThat(forwarded.maxForwards()).isEqualTo(69);
        assertThat(forwarded.header("Record-Route")).isEqualTo("<sip:127.0.0.1:5060;lr>");
        assertThat(forwarded.vias()).hasSize(2);
        assertThat(forwarded.topVia().branch()).matches("z9hG4bK[0-9a-f-]{36}");
        assertThat(forwarded.header("X-Proxied-By")).isEqualTo("test");
        app.assertNothingPending();
    }

    @Test
    void simultaneousForkingReportsOnlyTheWinnerAndCancelsTheOthers() {
        server.proxyTarget(TARGET_1).answers(180).answersAfter(Duration.ofSeconds(1), 200);
        server.proxyTarget(TARGET_2).answers(180).answersAfter(Duration.ofSeconds(2), 486);
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||fullResponse||simultaneous|||"
                + TARGET_1 + "|" + TARGET_2);
        ProxyOperation operation = server.awaitProxy();
        assertThat(call.awaitResponse(180)).isNotNull();
        assertThat(call.awaitResponse(180)).isNotNull();

        server.clock().advance(Duration.ofSeconds(5));

        Reply ok = app.nextReply();
        assertThat(TestApp.response(ok).status()).isEqualTo(200);
        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(operation.awaitOutcome().status()).isEqualTo(200);
        assertThat(operation.responsesFrom(TARGET_2)).extracting(SipResponse::status).containsExactly(180);
        AppRequest cancel = server.awaitServerRequest("CANCEL");
        assertThat(cancel.request().topVia().branch())
                .isEqualTo(operation.forwardedRequests().get(1).topVia().branch());
        app.assertNothingPending();
    }

    @Test
    void withoutA2xxTheBestResponseIsForwarded() {
        server.proxyTarget(TARGET_1).answers(503);
        server.proxyTarget(TARGET_2).answers(486);
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||fullResponse||serial|||"
                + TARGET_1 + "|" + TARGET_2);

        assertThat(TestApp.response(app.nextReply()).status()).isEqualTo(503);
        assertThat(TestApp.response(app.nextReply()).status()).isEqualTo(486);
        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(call.awaitFinalResponse().status()).isEqualTo(486);
    }

    @Test
    void theBestResponseFollowsRfc3261() {
        assertThat(bestOf(503, 486, 302)).isEqualTo(486);
        assertThat(bestOf(486, 603, 407)).isEqualTo(603);
        assertThat(bestOf(404, 484, 500)).isEqualTo(484);
        assertThat(bestOf(500, 302)).isEqualTo(500);
        assertThat(bestOf(302, 301)).isEqualTo(302);
    }

    @Test
    void aTargetThatNeverAnswersIsGivenUpAfter32SecondsAndTheCallerGets408() {
        server.proxyTarget(TARGET_1).neverAnswers();
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||fullResponse||serial|||" + TARGET_1);
        ProxyOperation operation = server.awaitProxy();

        server.clock().advance(Duration.ofSeconds(32));

        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(call.awaitFinalResponse().status()).isEqualTo(408);
        assertThat(operation.finalResponses()).isEmpty();
    }

    @Test
    void theProvisionalTimeoutMovesToTheNextTarget() {
        server.proxyTarget(TARGET_1).neverAnswers();
        server.proxyTarget(TARGET_2).answers(200);
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||fullResponse||serial|1500ms||"
                + TARGET_1 + "|" + TARGET_2);
        ProxyOperation operation = server.awaitProxy();
        assertThat(operation.forwardedRequests()).hasSize(1);

        server.clock().advance(Duration.ofMillis(1500));

        assertThat(TestApp.response(app.nextReply()).status()).isEqualTo(200);
        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(call.awaitFinalResponse().status()).isEqualTo(200);
    }

    @Test
    void withoutFullResponseOnlyDoneIsSentAtOnce() {
        server.proxyTarget(TARGET_1).answers(200);
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "|||||||" + TARGET_1);

        assertThat(app.nextReply().isDone()).isTrue();
        assertThat(call.awaitFinalResponse().status()).isEqualTo(200);
        app.assertNothingPending();
    }

    @Test
    void aProxyOfAnUnknownOrAnsweredTransactionIsRefused() {
        Reply unknown = app.command("proxy|bcaefb70-fb47-464d-b652-661fd1c1eee8|||||||sip:127.0.0.1:5199");
        assertThat(unknown.failureText()).isEqualTo("Unknown transaction id: bcaefb70-fb47-464d-b652-661fd1c1eee8");

        server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.respond(delivered.transactionId(), "SIP/2.0 180 Ringing\r\n\r\n");
        Reply answered = app.command("proxy|" + delivered.transactionId() + "|||||||" + TARGET_1);
        assertThat(answered.failureText()).isEqualTo("Unknown transaction id: " + delivered.transactionId());
    }

    @Test
    void aRecordRoutedDialogIsRelayedWithoutTheApplicationAndItsByeGivesTwoStopRecords() {
        server.proxyTarget(TARGET_1).answers(200);
        try (TestApp cdrs = TestApp.connect(server, "cdr:attempt", "cdr:start", "cdr:stop")) {
            NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
            SipEvent delivered = app.nextSipEvent();
            app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "|remainInDialog|fullResponse||serial|||"
                    + TARGET_1);
            assertThat(cdrs.nextCdr().source()).isEqualTo(Source.NETWORK);
            CdrEvent forwarded = cdrs.nextCdr();
            assertThat(forwarded.source()).isEqualTo(Source.APPLICATION);
            assertThat(TestApp.text(forwarded)).startsWith("INVITE " + TARGET_1 + " SIP/2.0\r\n");
            assertThat(cdrs.nextCdr().role()).isEqualTo("proxy-uac");
            assertThat(cdrs.nextCdr().role()).isEqualTo("proxy-uas");
            assertThat(app.nextReply().isContinue()).isTrue();
            assertThat(app.nextReply().isDone()).isTrue();
            SipResponse answer = call.awaitFinalResponse();

            NetworkTransaction bye = server.request("BYE", TARGET_1).callId(call.request().callId())
                    .from(call.request().header("From")).to(answer.header("To")).cseq(2).send();

            assertThat(bye.handling()).isEqualTo(RequestHandling.RELAYED);
            assertThat(bye.awaitFinalResponse().status()).isEqualTo(200);
            CdrEvent received = cdrs.nextCdr();
            CdrEvent relayed = cdrs.nextCdr();
            assertThat(List.of(received.source(), relayed.source())).containsExactly(Source.NETWORK, Source.APPLICATION);
            assertThat(List.of(received.reason(), relayed.reason())).containsOnly("normal-release");
            SipRequest sent = server.awaitServerRequest("BYE").request();
            assertThat(sent.vias()).hasSize(2);
            assertThat(sent.topVia().branch()).matches("z9hG4bK\\.[A-Za-z0-9]{26}");
            app.assertNothingPending();
        }
    }

    @Test
    void waitingOnTheServersEventLoopFailsInsteadOfHanging() {
        server.proxyTarget(TARGET_1).answersWith(forwarded -> {
            server.awaitAppRequest();
            return "never";
        });
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||fullResponse||serial|||" + TARGET_1);

        assertThat(server.awaitProxy().forwardedRequests()).hasSize(1);
        assertThat(call.responses()).isEmpty();
        app.assertNothingPending();
    }

    private static int bestOf(int... statuses) {
        try (DrachtioTestServer local = DrachtioTestServer.start(); TestApp app = TestApp.connect(local, "invite")) {
            StringBuilder destinations = new StringBuilder();
            for (int i = 0; i < statuses.length; i++) {
                String destination = "sip:192.0.2." + (100 + i) + ":5060";
                local.proxyTarget(destination).answers(statuses[i]);
                destinations.append('|').append(destination);
            }
            NetworkTransaction call = local.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
            SipEvent delivered = app.nextSipEvent();
            app.send(TestApp.newId() + "|proxy|" + delivered.transactionId() + "||||simultaneous|||"
                    + destinations.substring(1));
            return call.awaitFinalResponse().status();
        }
    }
}
