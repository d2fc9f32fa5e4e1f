package io.drachtio.client.internal;

import static io.drachtio.client.internal.EmbeddedSession.idOf;
import static io.drachtio.client.internal.EmbeddedSession.requestSent;
import static io.drachtio.client.internal.EmbeddedSession.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.ClientTransaction;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.SentRequest;
import io.drachtio.client.TransactionStateException;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The UAC side on an embedded pipeline: the digest retry, CANCEL during it, ACK and PRACK rules, observer. */
class UacTransactionTest {

    private static final String INVITE_URI = "sip:bob@127.0.0.1:5070";
    private static final String CALL_ID = "uac-call@127.0.0.1";

    private static String inviteEcho(int cseq, String extra) {
        return "INVITE " + INVITE_URI + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5160;rport;branch=z9hG4bKa\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:127.0.0.1:5160>;tag=local1\r\nTo: <" + INVITE_URI + ">\r\n"
                + "Call-ID: " + CALL_ID + "\r\nCSeq: " + cseq + " INVITE\r\n" + extra + "Content-Length: 0\r\n\r\n";
    }

    private static String uacResponse(int status, String reason, int cseq, String extra) {
        return "SIP/2.0 " + status + " " + reason + "\r\nVia: SIP/2.0/UDP 127.0.0.1:5160;rport=5160;branch=z9hG4bKa\r\n"
                + "From: <sip:127.0.0.1:5160>;tag=local1\r\nTo: <" + INVITE_URI + ">;tag=remote\r\nCall-ID: " + CALL_ID
                + "\r\nCSeq: " + cseq + " INVITE\r\n" + extra + "Content-Length: 0\r\n\r\n";
    }

    private static SipRequest sipOf(String frame) {
        return (SipRequest) SipMessageParser.parse(frame.substring(frame.indexOf("\r\n") + 2));
    }

    @Test
    void aChallengeIsAnsweredOnceAndACancelDuringTheRetryTargetsTheNewTransaction() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction invite = embedded.connection.request(OutgoingRequest.builder("INVITE", INVITE_URI)
                .header("X-Keep", "me").credentials("alice", "s3cret").build());
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "first", inviteEcho(10, "")));
        embedded.serverSends(response("first", CALL_ID + ";from-tag=local1", uacResponse(401, "Unauthorized", 10,
                "WWW-Authenticate: Digest realm=\"r\", nonce=\"abc\", qop=\"auth,auth-int\", opaque=\"op\"\r\n")));

        String retry = embedded.onlyClientFrame();
        assertThat(retry).startsWith(idOf(retry) + "|sip|||sip:127.0.0.1:5070\r\nINVITE " + INVITE_URI + " SIP/2.0");
        SipRequest retried = sipOf(retry);
        assertThat(retried.callId()).isEqualTo(CALL_ID);
        assertThat(retried.from().tag()).isEqualTo("local1");
        assertThat(retried.cseq().number()).isEqualTo(11);
        assertThat(retried.header("X-Keep")).isEqualTo("me");
        assertThat(retried.authorization().opaque()).isEqualTo("op");
        assertThat(retried.authorization().qop()).isEqualTo("auth");
        assertThat(DigestVerifier.verify(retried.authorization(), "s3cret", "INVITE", null)).isTrue();

        Mono<SentRequest> cancel = invite.cancel();
        assertThat(embedded.clientFrames()).as("the CANCEL waits for the retry's transaction id").isEmpty();
        embedded.serverSends(requestSent(idOf(retry), "second", inviteEcho(11, "")));
        String cancelFrame = embedded.onlyClientFrame();
        assertThat(cancelFrame).startsWith(idOf(cancelFrame) + "|sip|second|\r\nCANCEL " + INVITE_URI + " SIP/2.0");
        embedded.serverSends(requestSent(idOf(cancelFrame), "cancel-txn", inviteEcho(11, "")
                .replace("INVITE", "CANCEL")));
        StepVerifier.create(cancel.map(SentRequest::transactionId)).expectNext("cancel-txn").verifyComplete();

        embedded.serverSends(response("second", CALL_ID + ";from-tag=local1",
                uacResponse(487, "Request Terminated", 11, "")));
        StepVerifier.create(invite.responses().map(ReceivedResponse::status)).expectNext(401, 487).verifyComplete();
        StepVerifier.create(invite.sent().map(SentRequest::transactionId)).expectNext("second").verifyComplete();
        StepVerifier.create(invite.ack()).expectError(TransactionStateException.class).verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void aSecondChallengeIsHandedToTheApplication() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction register = embedded.connection.request(OutgoingRequest.builder("INVITE", INVITE_URI)
                .credentials("alice", "wrong").build());
        String challenge = "Proxy-Authenticate: Digest realm=\"r\", nonce=\"abc\"\r\n";
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "first", inviteEcho(1, "")));
        embedded.serverSends(response("first", "", uacResponse(407, "Proxy Authentication Required", 1, challenge)));
        String retry = embedded.onlyClientFrame();
        assertThat(sipOf(retry).proxyAuthorization()).isNotNull();
        embedded.serverSends(requestSent(idOf(retry), "second", inviteEcho(2, "")));
        embedded.serverSends(response("second", "", uacResponse(407, "Proxy Authentication Required", 2, challenge)));
        StepVerifier.create(register.finalResponse().map(ReceivedResponse::status)).expectNext(407).verifyComplete();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void ackGoesInTheDialogOfThe2xxAndOnlyOnce() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction invite = embedded.connection.request(OutgoingRequest.builder("INVITE", INVITE_URI).build());
        Mono<SentRequest> ack = invite.ack("v=0\r\n".getBytes(StandardCharsets.UTF_8));
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "t1", inviteEcho(1, "")));
        assertThat(embedded.clientFrames()).as("no ACK before the final response").isEmpty();
        embedded.serverSends(response("t1", "d1", uacResponse(200, "OK", 1, "")));
        String ackFrame = embedded.onlyClientFrame();
        assertThat(ackFrame).startsWith(idOf(ackFrame) + "|sip||d1\r\nACK " + INVITE_URI + " SIP/2.0\r\n")
                .endsWith("Content-Length: 5\r\n\r\nv=0\r\n");
        assertThat(invite.ack()).isSameAs(ack);
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void prackCarriesTheRAckOfTheReliableProvisional() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction invite = embedded.connection.request(OutgoingRequest.builder("INVITE", INVITE_URI).build());
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "t1", inviteEcho(7, "")));
        embedded.serverSends(response("t1", "d1", uacResponse(180, "Ringing", 7, "")));
        embedded.serverSends(response("t1", "d1", uacResponse(183, "Session Progress", 7,
                "Require: 100rel\r\nRSeq: 42\r\n")));
        List<ReceivedResponse> provisionals = invite.responses().take(2).collectList().block();
        StepVerifier.create(invite.prack(provisionals.get(0), null).sent())
                .expectError(TransactionStateException.class).verify();
        invite.prack(provisionals.get(1), null);
        String prack = embedded.onlyClientFrame();
        assertThat(prack).startsWith(idOf(prack) + "|sip||d1\r\nPRACK " + INVITE_URI + " SIP/2.0\r\n")
                .contains("RAck: 42 7 INVITE\r\n");
    }

    @Test
    void theObserverSeesFramesRequestsAndResponses() {
        List<String> seen = new ArrayList<>();
        EmbeddedSession embedded = new EmbeddedSession(request -> { }, new ClientObserver() {
            @Override
            public void frameReceived(String connection, int bytes) {
                seen.add("in " + bytes);
            }

            @Override
            public void frameSent(String connection, int bytes) {
                seen.add("out " + bytes);
            }

            @Override
            public void requestSent(String connection, String method) {
                seen.add("sent " + method + " via " + connection);
            }

            @Override
            public void responseReceived(String connection, String method, int status) {
                seen.add("got " + status + " for " + method);
            }
        });
        embedded.connection.request(OutgoingRequest.builder("INVITE", INVITE_URI).build());
        String frame = embedded.onlyClientFrame();
        String reply = requestSent(idOf(frame), "t1", inviteEcho(1, ""));
        embedded.serverSends(reply);
        int replyBytes = reply.getBytes(StandardCharsets.UTF_8).length;
        assertThat(seen).containsExactly("out " + (frame.length() + String.valueOf(frame.length()).length() + 1),
                "in " + (replyBytes + String.valueOf(replyBytes).length() + 1), "sent INVITE via embedded");
        embedded.serverSends(response("t1", "d1", uacResponse(486, "Busy Here", 1, "")));
        assertThat(seen).last().isEqualTo("got 486 for INVITE");
    }
}
