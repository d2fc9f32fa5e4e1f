package io.drachtio.client.internal;

import static io.drachtio.client.internal.EmbeddedSession.DIALOG_ID;
import static io.drachtio.client.internal.EmbeddedSession.idOf;
import static io.drachtio.client.internal.EmbeddedSession.inDialog;
import static io.drachtio.client.internal.EmbeddedSession.invite;
import static io.drachtio.client.internal.EmbeddedSession.newRequest;
import static io.drachtio.client.internal.EmbeddedSession.request;
import static io.drachtio.client.internal.EmbeddedSession.responseSent;
import static io.drachtio.client.internal.EmbeddedSession.sipResponse;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drachtio.client.ClientObserver;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.SentResponse;
import io.drachtio.client.TransactionStateException;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.WireLimitExceededException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The UAS rules: who may answer what, when; and the correlation of CANCEL, ACK and PRACK. */
class IncomingRequestTest {

    private final EmbeddedSession embedded = new EmbeddedSession();

    private IncomingRequest deliver(String transactionId, String sip) {
        embedded.serverSends(newRequest(transactionId, sip));
        return embedded.delivered.get(embedded.delivered.size() - 1);
    }

    private SentResponse confirm(Mono<SentResponse> sending, String transactionId, int status, String extra) {
        embedded.serverSends(responseSent(idOf(embedded.onlyClientFrame()), transactionId, DIALOG_ID,
                sipResponse(status, "X", "INVITE", 1, extra)));
        return sending.block(Duration.ofSeconds(1));
    }

    @Test
    void buildsTheResponseLikeDrachtioSrfWithContentLengthLast() {
        IncomingRequest invite = deliver("t1", invite());
        invite.response().send(486, "Busy Here", r -> r.headers().add("X-Reason", "busy")).subscribe();
        String frame = embedded.onlyClientFrame();
        assertThat(frame).startsWith(idOf(frame) + "|sip|t1|\r\n");
        SipResponse sent = (SipResponse) SipMessageParser.parse(frame.substring(frame.indexOf("\r\n") + 2));
        assertThat(sent.status()).isEqualTo(486);
        assertThat(sent.reason()).isEqualTo("Busy Here");
        assertThat(sent.headers().names()).containsExactly("Call-ID", "CSeq", "From", "To", "X-Reason",
                "Content-Length");
        assertThat(sent.header("From")).isEqualTo(invite.message().header("From"));
        assertThat(sent.vias()).isEmpty();
    }

    @Test
    void provisionalsThenExactlyOneFinal() {
        IncomingRequest invite = deliver("t1", invite());
        assertThat(embedded.context.inFlight().count()).isEqualTo(1);
        confirm(invite.response().send(180), "t1", 180, "");
        confirm(invite.response().send(183), "t1", 183, "");
        assertThat(invite.response().isAnswerable()).isTrue();
        assertThat(embedded.context.inFlight().count()).isEqualTo(1);

        assertThat(invite.response().finalStatus()).as("provisionals are not final").isZero();
        Mono<SentResponse> busy = invite.response().send(486);
        assertThat(invite.response().isFinalSent()).isTrue();
        assertThat(invite.response().finalStatus()).isEqualTo(486);
        assertThat(invite.response().isAnswerable()).isFalse();
        StepVerifier.create(invite.response().send(200)).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(TransactionStateException.class).hasMessageContaining("486")).verify();
        confirm(busy, "t1", 486, "");
        assertThat(embedded.clientFrames()).isEmpty();
        assertThat(embedded.context.inFlight().count()).isZero();
        StepVerifier.create(invite.ack()).verifyComplete();
    }

    @Test
    void statusesOutsideTheRangeAreRefused() {
        IncomingRequest invite = deliver("t1", invite());
        StepVerifier.create(invite.response().send(100)).expectError(IllegalArgumentException.class).verify();
        StepVerifier.create(invite.response().send(700)).expectError(IllegalArgumentException.class).verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void aFinalRefusedByTheWireLimitsMayBeSentAgain() {
        IncomingRequest invite = deliver("t1", invite());
        StepVerifier.create(invite.response().send(200, r -> r.headers().add("X-Big", "x".repeat(9000))))
                .expectError(WireLimitExceededException.class).verify();
        assertThat(embedded.clientFrames()).isEmpty();
        assertThat(invite.response().isFinalSent()).isFalse();
        assertThat(invite.response().finalStatus()).isZero();
        invite.response().send(200).subscribe();
        assertThat(embedded.clientFrames()).hasSize(1);
    }

    @Test
    void proxyOnlyBeforeAnyResponseAndNoResponseAfterProxy() {
        IncomingRequest answered = deliver("t1", invite());
        answered.response().send(180).subscribe();
        StepVerifier.create(answered.proxy(ProxyOptions.to("sip:b@127.0.0.1")))
                .expectError(TransactionStateException.class).verify();

        IncomingRequest proxied = deliver("t2", invite().replace("caller", "other"));
        embedded.clientFrames();
        proxied.proxy(ProxyOptions.to("sip:b@127.0.0.1:5080", "c.example.com").simultaneous()
                .provisionalTimeout(Duration.ofMillis(1500)).header("X-A", "1")).subscribe();
        String frame = embedded.onlyClientFrame();
        assertThat(frame).isEqualTo(idOf(frame) + "|proxy|t2||fullResponse||simultaneous|1500ms||"
                + "sip:b@127.0.0.1:5080|sip:c.example.com\r\nINVITE sip:b@127.0.0.1:5080 SIP/2.0\r\nX-A: 1\r\n"
                + "Content-Length: 0\r\n\r\n");
        StepVerifier.create(proxied.response().send(200)).expectError(TransactionStateException.class).verify();
        StepVerifier.create(proxied.proxy(ProxyOptions.to("sip:x@y"))).expectError(TransactionStateException.class)
                .verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void cancelCompletesCancelledAndIsNotDelivered() {
        IncomingRequest invite = deliver("t1", invite());
        embedded.serverSends(inDialog("t1", "", "udp", request("CANCEL", 1, "")));
        embedded.serverSends(inDialog("unknown", "", "udp", request("CANCEL", 1, "")));
        assertThat(embedded.delivered).containsExactly(invite);
        assertThat(invite.isCancelled()).isTrue();
        StepVerifier.create(invite.cancelled().map(c -> c.method())).expectNext("CANCEL").verifyComplete();
        assertThat(embedded.context.inFlight().count()).isZero();
    }

    @Test
    void theAckOfAReInviteIsMatchedByDialogAndCSeq() {
        IncomingRequest reInvite = deliver("t7", request("INVITE", 2, ";tag=callee"));
        confirm(reInvite.response().send(200), "t7", 200, "");
        embedded.serverSends(inDialog("fresh-ack-id", DIALOG_ID, "", request("ACK", 2, ";tag=callee")));
        IncomingRequest ack = embedded.delivered.get(1);
        assertThat(ack.method()).isEqualTo("ACK");
        StepVerifier.create(reInvite.ack()).expectNext(ack).verifyComplete();
        StepVerifier.create(ack.response().send(200)).expectError(TransactionStateException.class).verify();
    }

    @Test
    void prackIsMatchedByDialogIdToTheReliableProvisional() {
        IncomingRequest invite = deliver("t1", invite());
        SentResponse reliable = confirm(invite.response().send(183, r -> r.headers().add("Require", "100rel")),
                "t1", 183, "RSeq: 77\r\n");
        assertThat(reliable.dialogId()).isEqualTo(DIALOG_ID);
        embedded.serverSends(inDialog("p1", DIALOG_ID, "udp", request("PRACK", 2, ";tag=callee")));
        IncomingRequest prack = embedded.delivered.get(1);
        StepVerifier.create(invite.prack()).expectNext(prack).verifyComplete();
        assertThat(prack.response().isAnswerable()).isTrue();
        assertThat(embedded.context.inFlight().count()).isEqualTo(2);
    }

    @Test
    void anUnansweredRequestIsForgottenLikeTheServerForgetsIt() {
        IncomingRequest invite = deliver("t1", invite());
        embedded.advance(IncomingRequestTest.expiry().minusSeconds(1));
        assertThat(embedded.context.inFlight().count()).isEqualTo(1);
        embedded.advance(Duration.ofSeconds(1));
        assertThat(embedded.context.inFlight().count()).isZero();
        StepVerifier.create(invite.ack()).verifyComplete();
    }

    private static Duration expiry() {
        return IncomingTransactions.UNANSWERED_EXPIRY;
    }

    @Test
    void unsolicitedRequestsGoOnlyToTheirListenerAndCannotBeAnswered() {
        embedded.serverSends("srv|sip|application|300|udp|127.0.0.1|5160|10:00:00.000001|unsolicited|" + DIALOG_ID
                + "|\r\n" + request("BYE", 9, ";tag=callee"));
        assertThat(embedded.delivered).isEmpty();
        IncomingRequest bye = embedded.unsolicited.get(0);
        assertThat(bye.isUnsolicited()).isTrue();
        assertThat(bye.response().isAnswerable()).isFalse();
        StepVerifier.create(bye.response().send(200)).expectError(TransactionStateException.class).verify();
        StepVerifier.create(bye.proxy(ProxyOptions.to("sip:x@y"))).expectError(TransactionStateException.class)
                .verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void aHandlerThatThrowsLeadsToA500AndOneLoggedError() {
        Logger logger = (Logger) LoggerFactory.getLogger(IncomingTransactions.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false);
        try {
            EmbeddedSession failing = new EmbeddedSession(request -> {
                throw new IllegalStateException("bug in the application");
            }, ClientObserver.NOOP);
            failing.serverSends(newRequest("t1", invite()));
            String frame = failing.onlyClientFrame();
            assertThat(frame).contains("|sip|t1|\r\nSIP/2.0 500 ");
        } finally {
            logger.detachAppender(logged);
            logger.setAdditive(true);
        }
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).startsWith("request handler failed on INVITE");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("bug in the application");
        });
    }

    @Test
    void inFlightCountsDeliveredUntilFinal() {
        IncomingRequest first = deliver("t1", invite());
        deliver("t2", request("OPTIONS", 1, ""));
        assertThat(embedded.context.inFlight().count()).isEqualTo(2);
        Mono<SentResponse> notFound = first.response().send(404);
        assertThat(embedded.context.inFlight().count()).as("until the server confirmed the final").isEqualTo(2);
        confirm(notFound, "t1", 404, "");
        assertThat(embedded.context.inFlight().count()).isEqualTo(1);
        assertThat(List.copyOf(embedded.delivered)).hasSize(2);
    }
}
