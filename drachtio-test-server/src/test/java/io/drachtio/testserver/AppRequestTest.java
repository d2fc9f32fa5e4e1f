package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ReplyStatus;
import io.drachtio.wire.ServerMessage;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import org.junit.jupiter.api.Test;

/** Requests an application sends, and the far end the test plays (§5.5.2–5.5.4, §6.2.4, §8.3). */
class AppRequestTest extends TestServerFixture {

    private static final String SDP = NetworkRequest.DEFAULT_SDP;

    @Override
    protected String[] routes() {
        return new String[] {};
    }

    @Test
    void aNewRequestIsCompletedByTheServerAndEchoedBeforeAnyResponse() {
        Reply sent = app.request("OPTIONS sip:service@192.0.2.20:5070 SIP/2.0\r\nX-Test: one\r\n"
                + "Content-Length: 0\r\n\r\n");

        String text = TestApp.text(sent);
        SipRequest request = TestApp.request(sent);
        assertThat(text).matches("OPTIONS sip:service@192\\.0\\.2\\.20:5070 SIP/2\\.0\r\n"
                + "Via: SIP/2\\.0/UDP 127\\.0\\.0\\.1:5060;rport;branch=z9hG4bK[A-Za-z0-9]{13}\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:127\\.0\\.0\\.1:5060>;tag=[A-Za-z0-9]{13}\r\n"
                + "To: <sip:service@192\\.0\\.2\\.20:5070>\r\n"
                + "Call-ID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\r\n"
                + "CSeq: [0-9]{9} OPTIONS\r\n"
                + "Content-Length: 0\r\n"
                + "X-Test: one\r\n\r\n");
        assertThat(sent.meta().source()).isEqualTo(Source.APPLICATION);
        assertThat(sent.meta().protocol()).isEqualTo("udp");
        assertThat(sent.meta().address()).isEqualTo("127.0.0.1");
        assertThat(sent.meta().port()).isEqualTo(5060);
        assertThat(sent.meta().bytes()).isEqualTo(sent.sip().length);

        AppRequest options = server.awaitAppRequest("OPTIONS");
        assertThat(options.transactionId()).isEqualTo(sent.transactionId());
        assertThat(options.request().callId()).isEqualTo(request.callId());
        assertThat(options.dialogId()).isNull();
        options.respond(200);
        SipEvent response = app.nextSipEvent();
        assertThat(response.transactionId()).isEqualTo(sent.transactionId());
        assertThat(response.dialogId()).isNull();
        assertThat(response.meta().address()).isEqualTo("192.0.2.20");
        assertThat(response.meta().port()).isEqualTo(5070);
        assertThat(TestApp.response(response).status()).isEqualTo(200);
    }

    @Test
    void anInviteGetsContactAndSdpContentTypeAndLocalhostIsReplaced() {
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\nfrom: sip:app@localhost\r\n"
                + "contact: sip:app@localhost\r\nContent-Length: 3\r\n\r\n" + SDP);

        SipRequest invite = TestApp.request(sent);
        assertThat(invite.header("From")).startsWith("<sip:app@127.0.0.1:5060>;tag=");
        assertThat(invite.header("Contact")).isEqualTo("<sip:app@127.0.0.1:5060>");
        assertThat(invite.header("Content-Type")).isEqualTo("application/sdp");
        assertThat(invite.header("Content-Length")).isEqualTo(Integer.toString(SDP.length()));
        assertThat(invite.bodyAsString()).isEqualTo(SDP);
    }

    @Test
    void theApplicationsFromTagCallIdAndCseqAreKept() {
        Reply sent = app.command("sip|||sip:192.0.2.30:5080\r\nINVITE sip:1000@192.0.2.20 SIP/2.0\r\n"
                + "From: <sip:app@example.com>;tag=kept\r\nCall-ID: my-call\r\nCSeq: 42 INVITE\r\n"
                + "Proxy-Authorization: Digest username=\"alice\",realm=\"example.com\",nonce=\"n\"\r\n\r\n");

        SipRequest invite = TestApp.request(sent);
        assertThat(invite.from().tag()).isEqualTo("kept");
        assertThat(invite.callId()).isEqualTo("my-call");
        assertThat(invite.cseq().number()).isEqualTo(42);
        assertThat(invite.header("Proxy-Authorization"))
                .isEqualTo("Digest username=\"alice\", realm=\"example.com\", nonce=\"n\"");
        assertThat(invite.header("Contact")).isEqualTo("<sip:127.0.0.1:5060>");
        assertThat(server.awaitAppRequest("INVITE").credentials().username()).isEqualTo("alice");
    }

    @Test
    void theRouteUrlDecidesTheTransportAndTheTcpMetaNamesThePeer() {
        Reply sent = app.command("sip|||sip:192.0.2.30:5080;transport=tcp\r\n"
                + "OPTIONS sip:service@192.0.2.20 SIP/2.0\r\n\r\n");

        assertThat(sent.meta().protocol()).isEqualTo("tcp");
        assertThat(sent.meta().address()).isEqualTo("192.0.2.30");
        assertThat(sent.meta().port()).isEqualTo(5080);
        assertThat(TestApp.text(sent)).contains("Via: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bK")
                .contains("From: <sip:127.0.0.1:5060;transport=tcp>;tag=");
    }

    @Test
    void aNonSdpBodyWithoutContentTypeIsRefused() {
        Reply reply = app.request("MESSAGE sip:bob@192.0.2.20 SIP/2.0\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(reply.status()).isEqualTo(ReplyStatus.NOK);
        assertThat(reply.failureText()).isEqualTo("missing content-type");
    }

    @Test
    void aRequestToTheServerItselfIsRefused() {
        Reply reply = app.request("OPTIONS sip:127.0.0.1:5060 SIP/2.0\r\n\r\n");
        assertThat(reply.failureText()).isEqualTo("can not send request to myself");
    }

    @Test
    void aCallWithTryingRingingAndOkIsReportedWithoutTheTrying() {
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        String dialogId = TestApp.request(sent).callId() + ";from-tag=" + TestApp.request(sent).from().tag();
        AppRequest invite = server.awaitAppRequest("INVITE");
        assertThat(invite.dialogId()).isEqualTo(dialogId);

        invite.respond(100);
        invite.respond(180);
        SipResponse ok = invite.respond(ResponseSpec.status(200).sdp(SDP));

        SipEvent ringing = app.nextSipEvent();
        assertThat(TestApp.response(ringing).status()).isEqualTo(180);
        assertThat(ringing.dialogId()).isEqualTo(dialogId);
        SipEvent answer = app.nextSipEvent();
        assertThat(answer.sip()).isEqualTo(ok.toBytes());
        assertThat(answer.dialogId()).isEqualTo(dialogId);

        Reply ack = app.requestInDialog(dialogId, "ACK sip:1000@192.0.2.20 SIP/2.0\r\n\r\n");
        SipRequest sentAck = TestApp.request(ack);
        assertThat(sentAck.requestUri()).isEqualTo(ok.contacts().get(0).uri().toString());
        assertThat(sentAck.cseq().number()).isEqualTo(TestApp.request(sent).cseq().number());
        assertThat(sentAck.to().tag()).isEqualTo(ok.to().tag());
        assertThat(ack.transactionId()).isNotEqualTo(sent.transactionId());
        assertThat(invite.awaitAck().isServerGenerated()).isFalse();

        Reply bye = app.requestInDialog(dialogId, "BYE sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(TestApp.request(bye).requestUri()).isEqualTo(ok.contacts().get(0).uri().toString());
        assertThat(TestApp.request(bye).cseq().number()).isEqualTo(TestApp.request(sent).cseq().number() + 1);
        server.awaitAppRequest("BYE").respond(200);
        SipEvent byeOk = app.nextSipEvent();
        assertThat(byeOk.transactionId()).isEqualTo(bye.transactionId());
        assertThat(byeOk.dialogId()).isEqualTo(dialogId);
        Reply gone = app.requestInDialog(dialogId, "INFO sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(gone.failureText()).isEqualTo("Server error: unable to find dialog for dialog id provided");
    }

    @Test
    void aReliableProvisionalOpensTheDialogForThePrack() {
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\nSupported: 100rel\r\n\r\n" + SDP);
        AppRequest invite = server.awaitAppRequest("INVITE");
        SipResponse progress = invite.respondReliably(183);
        SipEvent reported = app.nextSipEvent();
        assertThat(TestApp.response(reported).rseq()).isEqualTo(progress.rseq());

        Reply withoutRack = app.requestInDialog(reported.dialogId(), "PRACK sip:placeholder SIP/2.0\r\n\r\n");
        assertThat(withoutRack.failureText()).isEqualTo("Server error: Error creating sip transaction for request");
        Reply prack = app.requestInDialog(reported.dialogId(), "PRACK sip:1000@192.0.2.20 SIP/2.0\r\n"
                + "rack: " + progress.rseq() + " " + progress.cseq().number() + " INVITE\r\n\r\n");
        SipRequest sentPrack = TestApp.request(prack);
        assertThat(sentPrack.requestUri()).isEqualTo(progress.contacts().get(0).uri().toString());
        assertThat(TestApp.text(prack)).contains("\r\nRAck: " + progress.rseq() + " ");
        assertThat(sentPrack.cseq().number()).isEqualTo(TestApp.request(sent).cseq().number() + 1);
        server.awaitAppRequest("PRACK").respond(200);
        assertThat(app.nextSipEvent().transactionId()).isEqualTo(prack.transactionId());
    }

    @Test
    void aFailureIsAckedByTheServerAndTheApplicationsAckRefused() {
        app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        AppRequest invite = server.awaitAppRequest("INVITE");
        invite.respond(180);
        invite.respond(486);
        app.nextSipEvent();
        SipEvent busy = app.nextSipEvent();

        AppRequest ack = invite.awaitAck();
        assertThat(ack.isServerGenerated()).isTrue();
        assertThat(ack.request().topVia().branch()).isEqualTo(invite.request().topVia().branch());
        Reply appAck = app.requestInDialog(busy.dialogId(), "ACK sip:1000@192.0.2.20 SIP/2.0\r\n\r\n");
        assertThat(appAck.failureText())
                .isEqualTo("Server error: ACK for non-success final response is automatically generated by server");
    }

    @Test
    void aChallengeIsAckedByTheServerAndTheRetryCarriesCredentials() {
        app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        AppRequest invite = server.awaitAppRequest("INVITE");
        SipResponse challenge = invite.challenge(407, "example.com");
        SipEvent reported = app.nextSipEvent();
        assertThat(TestApp.response(reported).proxyAuthenticate().get(0).realm()).isEqualTo("example.com");
        assertThat(invite.awaitAck().isServerGenerated()).isTrue();

        SipRequest first = invite.request();
        String nonce = challenge.proxyAuthenticate().get(0).nonce();
        app.command("sip|||sip:192.0.2.20\r\nINVITE sip:1000@192.0.2.20 SIP/2.0\r\nCall-ID: " + first.callId()
                + "\r\nFrom: " + first.header("From") + "\r\nCSeq: " + (first.cseq().number() + 1) + " INVITE\r\n"
                + "Proxy-Authorization: Digest username=\"alice\",realm=\"example.com\",nonce=\"" + nonce
                + "\",uri=\"sip:1000@192.0.2.20\",response=\"0123\"\r\n\r\n" + SDP);
        AppRequest retry = server.awaitAppRequest("INVITE");

        assertThat(retry.credentials().nonce()).isEqualTo(nonce);
        assertThat(retry.credentials().username()).isEqualTo("alice");
        assertThat(retry.request().callId()).isEqualTo(first.callId());
        assertThat(retry.request().from().tag()).isEqualTo(first.from().tag());
    }

    @Test
    void aCancelGetsItsOwnTransactionIdAndTheFarEndAnswers487() {
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        AppRequest invite = server.awaitAppRequest("INVITE");
        invite.respond(180);
        app.nextSipEvent();

        Reply cancel = app.command("sip|" + sent.transactionId() + "|\r\nCANCEL sip:1000@192.0.2.20 SIP/2.0\r\n"
                + "Reason: Q.850;cause=16\r\nFrom: <sip:ignored@example.com>\r\n\r\n");

        SipRequest sentCancel = TestApp.request(cancel);
        assertThat(cancel.transactionId()).isNotEqualTo(sent.transactionId());
        assertThat(sentCancel.topVia().branch()).isEqualTo(invite.request().topVia().branch());
        assertThat(sentCancel.header("From")).isEqualTo(invite.request().header("From"));
        assertThat(TestApp.text(cancel)).contains("CSeq: " + invite.request().cseq().number()
                + " CANCEL\r\nReason: Q.850;cause=16\r\nContent-Length: 0\r\n");
        SipEvent terminated = app.nextSipEvent();
        assertThat(terminated.transactionId()).isEqualTo(sent.transactionId());
        assertThat(TestApp.response(terminated).status()).isEqualTo(487);
        assertThat(invite.awaitCancel().transactionId()).isEqualTo(cancel.transactionId());
    }

    @Test
    void aCancelOfAnUnknownTransactionIsRefused() {
        Reply reply = app.command("sip|f620771e-6066-4ec2-91df-8d0c6bba6f0f|\r\nCANCEL sip:bob@192.0.2.20 SIP/2.0\r\n\r\n");
        assertThat(reply.failureText())
                .isEqualTo("unable to cancel unknown transaction id: f620771e-6066-4ec2-91df-8d0c6bba6f0f");
    }

    @Test
    void theFarEndCanHangUpACallTheApplicationPlaced() {
        app.command("route|invite");
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        AppRequest invite = server.awaitAppRequest("INVITE");
        invite.respond(ResponseSpec.status(200).sdp(SDP));
        SipEvent answer = app.nextSipEvent();

        NetworkTransaction bye = invite.dialog().sendBye();
        SipEvent delivered = app.nextSipEvent();

        SipRequest request = TestApp.request(delivered);
        assertThat(request.method()).isEqualTo("BYE");
        assertThat(request.requestUri()).isEqualTo("sip:127.0.0.1:5060");
        assertThat(request.to().tag()).isEqualTo(TestApp.request(sent).from().tag());
        assertThat(delivered.dialogId()).isEqualTo(answer.dialogId());
        app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        assertThat(bye.awaitFinalResponse().status()).isEqualTo(200);
    }

    @Test
    void aRecordedResponseTextIsPassedThroughUnchanged() {
        Reply sent = app.request("OPTIONS sip:service@192.0.2.20 SIP/2.0\r\n\r\n");
        AppRequest options = server.awaitAppRequest();
        SipRequest request = options.request();
        String recorded = "SIP/2.0 200 OK\r\nVia: " + request.header("Via") + "\r\nFrom: " + request.header("From")
                + "\r\nTo: " + request.header("To") + ";tag=far\r\nCall-ID: " + request.callId() + "\r\nCSeq: "
                + request.header("CSeq") + "\r\nAllow: INVITE, ACK\r\nContent-Length:    0\r\n\r\n";

        options.respond(recorded);

        ServerMessage response = app.next();
        assertThat(TestApp.text(response)).isEqualTo(recorded);
        assertThat(((SipEvent) response).transactionId()).isEqualTo(sent.transactionId());
    }

    @Test
    void anAckOfAReInviteRepeatsTheReInvitesCseq() {
        Reply sent = app.request("INVITE sip:1000@192.0.2.20 SIP/2.0\r\n\r\n" + SDP);
        server.awaitAppRequest("INVITE").respond(ResponseSpec.status(200).sdp(SDP));
        String dialogId = app.nextSipEvent().dialogId();
        app.requestInDialog(dialogId, "ACK sip:placeholder SIP/2.0\r\n\r\n");

        Reply reInvite = app.requestInDialog(dialogId, "INVITE sip:placeholder SIP/2.0\r\n\r\n" + SDP);
        server.awaitAppRequest("INVITE").respond(ResponseSpec.status(200).sdp(SDP));
        assertThat(app.nextSipEvent().dialogId()).isEqualTo(dialogId);
        Reply ack = app.requestInDialog(dialogId, "ACK sip:placeholder SIP/2.0\r\n\r\n");

        long reInviteCseq = TestApp.request(reInvite).cseq().number();
        assertThat(reInviteCseq).isEqualTo(TestApp.request(sent).cseq().number() + 1);
        assertThat(TestApp.request(ack).cseq().number()).isEqualTo(reInviteCseq);
    }
}
