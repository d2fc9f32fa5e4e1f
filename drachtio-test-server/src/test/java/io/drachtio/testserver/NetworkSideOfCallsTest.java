package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The caller's side of a call the application answers: ACK, PRACK, BYE, CANCEL and the server's
 * own BYE after an ACK timeout (§6.2.2, §6.2.3, §6.2.6, §8.5).
 */
class NetworkSideOfCallsTest extends TestServerFixture {

    private static final String ANSWER = "SIP/2.0 200 OK\r\nContent-Type: application/sdp\r\n\r\n"
            + NetworkRequest.DEFAULT_SDP;

    @Override
    protected String[] routes() {
        return new String[] {"invite"};
    }

    @Test
    void theAckOfA2xxIsDeliveredOnTheInvitesTransactionWithoutProtocol() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply ok = app.respond(delivered.transactionId(), ANSWER);
        invite.awaitFinalResponse();

        NetworkTransaction ack = invite.sendAck();
        SipEvent event = app.nextSipEvent();

        assertThat(ack.handling()).isEqualTo(RequestHandling.DELIVERED);
        assertThat(TestApp.request(event).method()).isEqualTo("ACK");
        assertThat(TestApp.request(event).requestUri()).isEqualTo("sip:127.0.0.1:5060");
        assertThat(event.transactionId()).isEqualTo(delivered.transactionId());
        assertThat(event.dialogId()).isEqualTo(ok.dialogId());
        assertThat(event.meta().protocol()).isEmpty();
        assertThat(event.fields()).hasSize(11);
    }

    @Test
    void theAckOfAFailureIsAbsorbed() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        app.respond(app.nextSipEvent().transactionId(), "SIP/2.0 486 Busy Here\r\n\r\n");
        invite.awaitFinalResponse();

        assertThat(invite.sendAck().handling()).isEqualTo(RequestHandling.ABSORBED);
        app.assertNothingPending();
    }

    @Test
    void aPrackIsDeliveredWithAFreshTransactionIdAndTheDialogId() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").supports100rel().sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply progress = app.respond(delivered.transactionId(), "SIP/2.0 183 Session Progress\r\nRequire: 100rel\r\n\r\n");
        SipResponse reliable = invite.awaitResponse(183);

        NetworkTransaction prack = invite.sendPrack(reliable);
        SipEvent event = app.nextSipEvent();
        SipRequest request = TestApp.request(event);

        assertThat(request.method()).isEqualTo("PRACK");
        assertThat(request.rack().rseq()).isEqualTo(reliable.rseq());
        assertThat(event.transactionId()).isNotEqualTo(delivered.transactionId()).isEqualTo(prack.transactionId());
        assertThat(event.dialogId()).isEqualTo(progress.dialogId());
        assertThat(event.meta().protocol()).isEqualTo("udp");

        Reply early = app.requestInDialog(progress.dialogId(), "INFO sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(early.failureText()).isEqualTo("Server error: unable to find dialog for dialog id provided");
        Reply prackOk = app.respond(event.transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        assertThat(prackOk.meta().protocol()).isEmpty();
        assertThat(prackOk.dialogId()).isEqualTo(progress.dialogId());
        assertThat(prack.awaitFinalResponse().status()).isEqualTo(200);
    }

    @Test
    void aByeIsDeliveredAndTheDialogIsGoneBeforeTheApplicationAnswers() {
        Call call = establishedCall();
        NetworkTransaction invite = call.invite();
        Reply ok = call.ok();

        NetworkTransaction bye = invite.sendBye();
        SipEvent event = app.nextSipEvent();
        assertThat(TestApp.request(event).method()).isEqualTo("BYE");
        assertThat(event.dialogId()).isEqualTo(ok.dialogId());
        assertThat(event.meta().protocol()).isEqualTo("udp");

        Reply byeOk = app.respond(event.transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        assertThat(byeOk.dialogId()).isNull();
        assertThat(byeOk.meta().protocol()).isEmpty();
        assertThat(bye.awaitFinalResponse().status()).isEqualTo(200);
        Reply stale = app.requestInDialog(ok.dialogId(), "BYE sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(stale.failureText()).isEqualTo("Server error: unable to find dialog for dialog id provided");
    }

    @Test
    void aCancelBeforeAnyResponseIsAnsweredByTheServerAndDeliveredWithoutDialogId() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();

        NetworkTransaction cancel = invite.sendCancel();
        SipEvent event = app.nextSipEvent();

        assertThat(cancel.awaitFinalResponse().status()).isEqualTo(200);
        assertThat(invite.awaitFinalResponse().status()).isEqualTo(487);
        assertThat(TestApp.request(event).method()).isEqualTo("CANCEL");
        assertThat(event.transactionId()).isEqualTo(delivered.transactionId());
        assertThat(event.dialogId()).isNull();
        assertThat(event.fields()).hasSize(11);
        assertThat(event.meta().bytes()).isEqualTo(cancel.sentRequest().toBytes().length);
        Reply late = app.respond(delivered.transactionId(), ANSWER);
        assertThat(late.failureText()).isEqualTo("Response not sent due to unknown transaction");
    }

    @Test
    void aCancelAfterAProvisionalCarriesTheDialogIdAndTheInvitesSize() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply ringing = app.respond(delivered.transactionId(), "SIP/2.0 180 Ringing\r\n\r\n");

        invite.sendCancel();
        SipEvent event = app.nextSipEvent();

        assertThat(event.dialogId()).isEqualTo(ringing.dialogId());
        assertThat(event.meta().bytes()).isEqualTo(delivered.meta().bytes());
        SipResponse terminated = invite.awaitFinalResponse();
        assertThat(terminated.status()).isEqualTo(487);
        assertThat(terminated.to().tag()).isEqualTo(TestApp.response(ringing).to().tag());
    }

    @Test
    void withoutAckTheServerSendsAByeAfter32SecondsOnTheTestClock() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply ok = app.respond(delivered.transactionId(), ANSWER);
        SipResponse answer = invite.awaitFinalResponse();

        server.clock().advance(Duration.ofSeconds(31));
        app.assertNothingPending();
        server.clock().advance(Duration.ofSeconds(1));
        SipEvent unsolicited = app.nextSipEvent();

        assertThat(unsolicited.isUnsolicited()).isTrue();
        assertThat(unsolicited.dialogId()).isEqualTo(ok.dialogId());
        assertThat(unsolicited.meta().source()).isEqualTo(Source.APPLICATION);
        assertThat(unsolicited.meta().protocol()).isEqualTo("udp");
        assertThat(unsolicited.meta().address()).isEqualTo("127.0.0.1");
        assertThat(unsolicited.meta().port()).isEqualTo(5060);
        SipRequest bye = TestApp.request(unsolicited);
        assertThat(bye.header("Reason")).isEqualTo("SIP;cause=200;text=\"ACK timeout\"");
        assertThat(bye.from().tag()).isEqualTo(answer.to().tag());
        assertThat(bye.requestUri()).isEqualTo(invite.request().contacts().get(0).uri().toString());
        AppRequest onTheNetwork = server.awaitServerRequest("BYE");
        assertThat(onTheNetwork.request().toBytes()).isEqualTo(unsolicited.sip());
        Reply stale = app.requestInDialog(ok.dialogId(), "BYE sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(stale.failureText()).startsWith("Server error: unable to find dialog");
    }

    @Test
    void anAckInTimeStopsTheAckTimer() {
        NetworkTransaction invite = establishedCall().invite();

        server.clock().advance(Duration.ofSeconds(40));
        app.assertNothingPending();
        assertThat(invite.dialog().isActive()).isTrue();
    }

    @Test
    void aCancelAfterThe200IsAnswered481AndTheServerHangsUp() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        app.respond(app.nextSipEvent().transactionId(), ANSWER);
        invite.awaitFinalResponse();

        NetworkTransaction cancel = invite.sendCancel();

        assertThat(cancel.awaitFinalResponse().status()).isEqualTo(481);
        SipEvent unsolicited = app.nextSipEvent();
        assertThat(unsolicited.isUnsolicited()).isTrue();
        assertThat(TestApp.request(unsolicited).header("Reason")).isEqualTo("SIP;cause=200;text=\"CANCEL after 200 OK\"");
    }

    @Test
    void theApplicationCanHangUpAndTheCallerSeesTheBye() {
        Call call = establishedCall();
        NetworkTransaction invite = call.invite();
        Reply ok = call.ok();
        SipResponse answer = call.answer();

        Reply sent = app.requestInDialog(ok.dialogId(), "BYE sip:placeholder SIP/2.0\r\nX-Reason: done\r\n\r\n");
        assertThat(sent.isOk()).isTrue();
        SipRequest bye = TestApp.request(sent);

        assertThat(bye.requestUri()).isEqualTo(invite.request().contacts().get(0).uri().toString());
        assertThat(bye.cseq().number()).isEqualTo(invite.request().cseq().number() + 1);
        assertThat(bye.to().tag()).isEqualTo(invite.request().from().tag());
        assertThat(bye.from().tag()).isEqualTo(answer.to().tag());
        AppRequest received = invite.dialog().awaitRequest("BYE");
        received.respond(200);
        SipEvent byeOk = app.nextSipEvent();
        assertThat(byeOk.transactionId()).isEqualTo(sent.transactionId());
        assertThat(byeOk.dialogId()).isEqualTo(ok.dialogId());
    }

    @Test
    void anAnsweredCallProducesAttemptStartAndStopRecords() {
        try (TestApp cdrs = TestApp.connect(server, "cdr:attempt", "cdr:start", "cdr:stop")) {
            NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
            SipEvent delivered = app.nextSipEvent();
            CdrEvent attempt = cdrs.nextCdr();
            assertThat(attempt.kind()).isEqualTo(CdrKind.ATTEMPT);
            assertThat(attempt.source()).isEqualTo(Source.NETWORK);
            assertThat(attempt.sip()).isEqualTo(delivered.sip());

            Reply ok = app.respond(delivered.transactionId(), ANSWER);
            CdrEvent start = cdrs.nextCdr();
            assertThat(start.kind()).isEqualTo(CdrKind.START);
            assertThat(start.role()).isEqualTo("uas");
            assertThat(start.source()).isEqualTo(Source.APPLICATION);
            assertThat(start.sip()).isEqualTo(ok.sip());

            invite.awaitFinalResponse();
            invite.sendAck();
            invite.sendBye();
            CdrEvent stop = cdrs.nextCdr();
            assertThat(stop.kind()).isEqualTo(CdrKind.STOP);
            assertThat(stop.reason()).isEqualTo("normal-release");
            assertThat(stop.source()).isEqualTo(Source.NETWORK);
        }
    }

    @Test
    void rejectedAndCancelledCallsProduceTheirStopReasons() {
        try (TestApp cdrs = TestApp.connect(server, "cdr:stop")) {
            server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
            app.respond(app.nextSipEvent().transactionId(), "SIP/2.0 486 Busy Here\r\n\r\n");
            CdrEvent rejected = cdrs.nextCdr();
            assertThat(rejected.reason()).isEqualTo("call-rejected");
            assertThat(TestApp.text(rejected)).startsWith("SIP/2.0 486 Busy Here");

            NetworkTransaction cancelled = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
            app.nextSipEvent();
            cancelled.sendCancel();
            CdrEvent canceled = cdrs.nextCdr();
            assertThat(canceled.reason()).isEqualTo("call-canceled");
            assertThat(TestApp.text(canceled)).startsWith("CANCEL ");
        }
    }

    @Test
    void aReInviteFromTheCallerAndItsAckAreDeliveredInTheDialogWithFreshIds() {
        Call call = establishedCall();
        NetworkTransaction invite = call.invite();
        SipEvent delivered = call.delivered();
        Reply ok = call.ok();

        NetworkTransaction reInvite = invite.dialog().sendRequest("INVITE", java.util.List.of(), "application/sdp",
                NetworkRequest.DEFAULT_SDP);
        SipEvent reInviteEvent = app.nextSipEvent();
        assertThat(reInviteEvent.dialogId()).isEqualTo(ok.dialogId());
        Reply reOk = app.respond(reInviteEvent.transactionId(), ANSWER);
        assertThat(TestApp.text(reOk)).contains("Contact: <sip:127.0.0.1:5060>");
        assertThat(reInvite.awaitFinalResponse().status()).isEqualTo(200);

        reInvite.dialog().sendRequest("ACK");
        SipEvent ack = app.nextSipEvent();
        assertThat(TestApp.request(ack).cseq().number()).isEqualTo(reInvite.request().cseq().number());
        assertThat(ack.transactionId()).isNotEqualTo(reInviteEvent.transactionId())
                .isNotEqualTo(delivered.transactionId());
        assertThat(ack.dialogId()).isEqualTo(ok.dialogId());
    }

    @Test
    void aRetransmittedInviteIsDropped() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        app.nextSipEvent();

        NetworkTransaction again = server.sendRequest(invite.sentRequest());

        assertThat(again.handling()).isEqualTo(RequestHandling.DROPPED);
        app.assertNothingPending();
    }

    @Test
    void anUnansweredRequestIsForgottenAfter64Seconds() {
        server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        app.respond(delivered.transactionId(), "SIP/2.0 180 Ringing\r\n\r\n");

        server.clock().advance(Duration.ofSeconds(64));

        Reply late = app.respond(delivered.transactionId(), ANSWER);
        assertThat(late.failureText()).isEqualTo("Response not sent due to unknown transaction");
    }

    @Test
    void anUnansweredByeIsAnswered500ByTheStackAfter32Seconds() {
        NetworkTransaction invite = establishedCall().invite();
        NetworkTransaction bye = invite.sendBye();
        SipEvent delivered = app.nextSipEvent();

        server.clock().advance(Duration.ofSeconds(32));

        assertThat(bye.awaitFinalResponse().status()).isEqualTo(500);
        assertThat(app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n\r\n").failureText())
                .isEqualTo("Response not sent due to unknown transaction");
    }

    /** Sends an INVITE, lets the application answer 200 and acknowledges it. */
    private Call establishedCall() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply ok = app.respond(delivered.transactionId(), ANSWER);
        SipResponse answer = invite.awaitFinalResponse();
        invite.sendAck();
        assertThat(TestApp.request(app.nextSipEvent()).method()).isEqualTo("ACK");
        return new Call(invite, delivered, ok, answer);
    }

    /** An answered and acknowledged call. */
    private record Call(NetworkTransaction invite, SipEvent delivered, Reply ok, SipResponse answer) {
    }
}
