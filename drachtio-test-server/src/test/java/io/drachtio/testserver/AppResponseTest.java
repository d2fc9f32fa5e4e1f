package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ReplyStatus;
import io.drachtio.wire.SipEvent;
import org.junit.jupiter.api.Test;

/** Responses an application sends to delivered requests (§5.5.1, §8.2, §10.7). */
class AppResponseTest extends TestServerFixture {

    private static final String SDP = "v=0\r\no=- 2000 1 IN IP4 127.0.0.1\r\ns=Zoë\r\nc=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\nm=audio 30000 RTP/AVP 0\r\n";

    @Override
    protected String[] routes() {
        return new String[] {"invite", "options", "subscribe"};
    }

    @Test
    void theResponseIsBuiltLikeTheStackBuildsIt() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        String via = TestApp.request(delivered).header("Via");

        Reply reply = app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n"
                + "X-Account: 4711\r\ncontent-length: 3\r\nsupported: timer,  100rel\r\n\r\n" + SDP);

        String sent = TestApp.text(reply);
        SipResponse response = TestApp.response(reply);
        String toTag = response.to().tag();
        assertThat(toTag).matches("[A-Za-z0-9]{13}");
        assertThat(sent).isEqualTo("SIP/2.0 200 OK\r\n"
                + "Via: " + via + "\r\n"
                + "From: " + invite.request().header("From") + "\r\n"
                + "To: <sip:1000@127.0.0.1>;tag=" + toTag + "\r\n"
                + "Call-ID: " + invite.request().callId() + "\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:127.0.0.1:5060>\r\n"
                + "Supported: timer, 100rel\r\n"
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + SDP.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n"
                + "X-Account: 4711\r\n\r\n" + SDP);
        assertThat(reply.meta().protocol()).isEqualTo("udp");
        assertThat(reply.meta().bytes()).isEqualTo(reply.sip().length);
        assertThat(reply.transactionId()).isEqualTo(delivered.transactionId());
        assertThat(reply.dialogId()).isEqualTo(invite.request().callId() + ";from-tag=" + invite.request().from().tag());
        assertThat(invite.awaitFinalResponse().toBytes()).isEqualTo(reply.sip());
    }

    @Test
    void aProvisionalResponseGetsTheDialogIdButNoContactAndLaterResponsesKeepTheTag() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();

        Reply ringing = app.respond(delivered.transactionId(), "SIP/2.0 180 Ringing\r\n\r\n");
        Reply busy = app.respond(delivered.transactionId(), "SIP/2.0 486 Busy Here\r\n\r\n");

        assertThat(TestApp.response(ringing).hasHeader("Contact")).isFalse();
        assertThat(ringing.dialogId()).isNotNull().isEqualTo(busy.dialogId());
        assertThat(TestApp.response(busy).to().tag()).isEqualTo(TestApp.response(ringing).to().tag());
        assertThat(invite.awaitResponse(180)).isNotNull();
        assertThat(invite.awaitFinalResponse().status()).isEqualTo(486);
    }

    @Test
    void theApplicationsOwnToTagIsUsed() {
        server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply reply = app.respond(delivered.transactionId(),
                "SIP/2.0 180 Ringing\r\nto: <sip:1000@127.0.0.1>;tag=mine\r\n\r\n");
        assertThat(TestApp.response(reply).to().tag()).isEqualTo("mine");
    }

    @Test
    void aReliableProvisionalGetsRseqAndContact() {
        NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").supports100rel().sdp().send();
        SipEvent delivered = app.nextSipEvent();

        Reply first = app.respond(delivered.transactionId(), "SIP/2.0 183 Session Progress\r\nrequire: 100rel\r\n\r\n");
        Reply second = app.respond(delivered.transactionId(), "SIP/2.0 183 Session Progress\r\nrequire: 100rel\r\n\r\n");

        SipResponse response = TestApp.response(first);
        assertThat(response.rseq()).isBetween(1_000_000_000L, Integer.MAX_VALUE + 0L);
        assertThat(TestApp.response(second).rseq()).isEqualTo(response.rseq() + 1);
        assertThat(TestApp.text(first)).contains("Contact: <sip:127.0.0.1:5060>\r\nRSeq: " + response.rseq()
                + "\r\nRequire: 100rel\r\nContent-Length: 0\r\n");
        assertThat(invite.awaitResponse(183).rseq()).isEqualTo(response.rseq());
    }

    @Test
    void aReliableProvisionalIsRefusedWhenTheCallerDidNotOfferIt() {
        server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply reply = app.respond(delivered.transactionId(), "SIP/2.0 183 Session Progress\r\nRequire: 100rel\r\n\r\n");
        assertThat(reply.status()).isEqualTo(ReplyStatus.NOK);
        assertThat(reply.failureText()).isEqualTo("Remote endpoint does not support 100rel");
    }

    @Test
    void aResponseToANonInviteHasNoProtocolAndNoDialogId() {
        NetworkTransaction options = server.request("OPTIONS", "sip:service@127.0.0.1").send();
        SipEvent delivered = app.nextSipEvent();
        Reply reply = app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\nX-App: test\r\n\r\n");

        assertThat(reply.meta().protocol()).isEmpty();
        assertThat(reply.dialogId()).isNull();
        assertThat(TestApp.response(reply).to().tag()).matches("[A-Za-z0-9]{13}");
        assertThat(TestApp.text(reply)).doesNotContain("Contact:").endsWith("Content-Length: 0\r\nX-App: test\r\n\r\n");
        assertThat(options.awaitFinalResponse().status()).isEqualTo(200);
    }

    @Test
    void aSecondFinalResponseEchoesTheFirst() {
        server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        Reply first = app.respond(delivered.transactionId(), "SIP/2.0 486 Busy Here\r\n\r\n");
        Reply second = app.respond(delivered.transactionId(), "SIP/2.0 603 Decline\r\n\r\n");

        assertThat(second.isOk()).isTrue();
        assertThat(second.sip()).isEqualTo(first.sip());
    }

    @Test
    void aSecondResponseToANonInviteIsRefused() {
        server.request("OPTIONS", "sip:service@127.0.0.1").send();
        SipEvent delivered = app.nextSipEvent();
        app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        Reply again = app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        assertThat(again.failureText()).isEqualTo("Response not sent due to unknown transaction");
    }

    @Test
    void aProvisionalResponseToANonInviteIsFollowedByTheStacks500() {
        NetworkTransaction options = server.request("OPTIONS", "sip:service@127.0.0.1").send();
        SipEvent delivered = app.nextSipEvent();
        app.respond(delivered.transactionId(), "SIP/2.0 180 Ringing\r\n\r\n");

        assertThat(options.awaitResponse(180)).isNotNull();
        assertThat(options.awaitFinalResponse().status()).isEqualTo(500);
    }

    @Test
    void anUnknownTransactionIsRefused() {
        Reply reply = app.respond("6ae7624b-abc5-4b09-bc05-623381c62a14", "SIP/2.0 200 OK\r\n\r\n");
        assertThat(reply.status()).isEqualTo(ReplyStatus.NOK);
        assertThat(reply.failureText()).isEqualTo("Response not sent due to unknown transaction");
    }

    @Test
    void aTwoHundredToSubscribeCreatesADialog() {
        NetworkTransaction subscribe = server.request("SUBSCRIBE", "sip:1000@127.0.0.1").header("Event", "presence")
                .send();
        SipEvent delivered = app.nextSipEvent();
        Reply reply = app.respond(delivered.transactionId(), "SIP/2.0 202 Accepted\r\nExpires: 60\r\n\r\n");

        assertThat(reply.meta().protocol()).isEmpty();
        assertThat(reply.dialogId()).startsWith(subscribe.request().callId());
        assertThat(subscribe.dialog().dialogId()).isEqualTo(reply.dialogId());
        assertThat(TestApp.text(reply)).contains("Contact: <sip:127.0.0.1:5060>\r\nExpires: 60\r\n");
    }

    @Test
    void aCommandTheServerCannotCarryOutIsAnsweredNok() {
        server.sendRequest("INVITE sip:1000@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.7:5161;branch=z9hG4bK-x\r\n"
                + "From: <sip:a@192.0.2.7>;tag=1\r\nTo: <sip:1000@127.0.0.1>\r\nCall-ID: bad-contact\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:broken\r\nContent-Length: 0\r\n\r\n");
        SipEvent delivered = app.nextSipEvent();

        Reply reply = app.respond(delivered.transactionId(), "SIP/2.0 200 OK\r\n\r\n");

        assertThat(reply.status()).isEqualTo(ReplyStatus.NOK);
        assertThat(reply.failureText()).startsWith("Server error: ");
        app.assertNothingPending();
    }
}
