package io.drachtio.client.internal;

import static io.drachtio.client.internal.EmbeddedSession.DIALOG_ID;
import static io.drachtio.client.internal.EmbeddedSession.idOf;
import static io.drachtio.client.internal.EmbeddedSession.invite;
import static io.drachtio.client.internal.EmbeddedSession.newRequest;
import static io.drachtio.client.internal.EmbeddedSession.nok;
import static io.drachtio.client.internal.EmbeddedSession.ok;
import static io.drachtio.client.internal.EmbeddedSession.requestSent;
import static io.drachtio.client.internal.EmbeddedSession.responseSent;
import static io.drachtio.client.internal.EmbeddedSession.sipResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.ClientTransaction;
import io.drachtio.client.CommandFailedException;
import io.drachtio.client.ConnectionLostException;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.ReplyTimeoutException;
import io.drachtio.client.SentRequest;
import io.drachtio.client.SentResponse;
import io.drachtio.wire.Route;
import io.drachtio.wire.WireLimitExceededException;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A session on an embedded channel with the real pipeline: reply correlation, timeouts, wire limits,
 * and that every pending operation ends when the connection drops.
 */
class SessionTest {

    private static final String OPTIONS_ECHO = "OPTIONS sip:a@127.0.0.1:5070 SIP/2.0\r\nCall-ID: c1\r\n"
            + "From: <sip:127.0.0.1:5160>;tag=t1\r\nTo: <sip:a@127.0.0.1:5070>\r\nCSeq: 5 OPTIONS\r\n"
            + "Content-Length: 0\r\n\r\n";

    @Test
    void repliesAreMatchedByMessageIdInAnyOrder() {
        EmbeddedSession embedded = new EmbeddedSession();
        Mono<String> first = embedded.session.call(new Route("id-1", "invite"), "route", reply -> "first");
        Mono<String> second = embedded.session.call(new Route("id-2", "options"), "route", reply -> "second");
        assertThat(embedded.clientFrames()).containsExactly("id-1|route|invite", "id-2|route|options");

        embedded.serverSends(ok("unknown-id"));
        embedded.serverSends(ok("id-2"));
        embedded.serverSends(nok("id-1", "nope"));

        StepVerifier.create(second).expectNext("second").verifyComplete();
        StepVerifier.create(first).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOfSatisfying(CommandFailedException.class, failed -> {
                    assertThat(failed.failureText()).isEqualTo("nope");
                    assertThat(failed.command()).isEqualTo("route");
                    assertThat(failed).hasMessageContaining("embedded");
                })).verify();
    }

    @Test
    void aCommandWithoutReplyTimesOutAndALateReplyIsIgnored() {
        EmbeddedSession embedded = new EmbeddedSession();
        Mono<String> route = embedded.session.call(new Route("id-1", "invite"), "route", reply -> "ok");
        embedded.advance(EmbeddedSession.REPLY_TIMEOUT.minusMillis(1));
        assertThat(route.toFuture()).isNotDone();
        embedded.advance(Duration.ofMillis(1));
        StepVerifier.create(route).expectError(ReplyTimeoutException.class).verify();
        embedded.serverSends(ok("id-1"));
        assertThat(embedded.channel.isActive()).isTrue();
    }

    @Test
    void aCommandBeyondTheWireLimitsIsRefusedBeforeAnythingIsSent() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction transaction = embedded.connection.request(OutgoingRequest.builder("MESSAGE", "sip:a@b")
                .header("Content-Type", "text/plain").body("x".repeat(13_000)).build());
        StepVerifier.create(transaction.sent()).expectError(WireLimitExceededException.class).verify();
        StepVerifier.create(transaction.responses()).expectError(WireLimitExceededException.class).verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void headerValuesThatWouldBreakTheMessageAreRefused() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction transaction = embedded.connection.request(OutgoingRequest.builder("OPTIONS", "sip:a@b")
                .header("X-Evil", "1\r\nVia: forged").build());
        StepVerifier.create(transaction.sent()).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Evil")).verify();
        assertThat(embedded.clientFrames()).isEmpty();
    }

    @Test
    void everyPendingOperationFailsWhenTheConnectionDrops() {
        List<IncomingRequest> invites = new ArrayList<>();
        EmbeddedSession embedded = new EmbeddedSession(invites::add, ClientObserver.NOOP);
        // a UAC request with its R1, waiting for responses
        ClientTransaction options = embedded.connection.request(OutgoingRequest.builder("OPTIONS",
                "sip:a@127.0.0.1:5070").build());
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "uac-1", OPTIONS_ECHO));
        // an INVITE answered 200 (waiting for its ACK) and one being proxied
        embedded.serverSends(newRequest("uas-1", invite()));
        embedded.serverSends(newRequest("uas-2", invite().replace("caller", "caller2")));
        IncomingRequest answered = invites.get(0);
        Mono<SentResponse> ok = answered.response().send(200);
        embedded.serverSends(responseSent(idOf(embedded.onlyClientFrame()), "uas-1", DIALOG_ID,
                sipResponse(200, "OK", "INVITE", 1, "")));
        Mono<ProxyResult> proxy = invites.get(1).proxy(ProxyOptions.to("sip:b@127.0.0.1:5080"));
        // a command waiting for its reply
        Mono<String> route = embedded.session.call(new Route("id-9", "register"), "route", reply -> "ok");
        embedded.clientFrames();

        embedded.serverCloses();

        StepVerifier.create(ok).expectNextCount(1).verifyComplete();
        StepVerifier.create(options.responses()).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(ConnectionLostException.class).hasMessageContaining("'embedded'")).verify();
        StepVerifier.create(answered.ack()).expectError(ConnectionLostException.class).verify();
        StepVerifier.create(proxy).expectError(ConnectionLostException.class).verify();
        StepVerifier.create(route).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(ConnectionLostException.class).hasMessageContaining("'route'")).verify();
        assertThat(embedded.context.inFlight().count()).isZero();
        StepVerifier.create(embedded.connection.request(OutgoingRequest.builder("OPTIONS", "sip:a@b").build()).sent())
                .expectError(ConnectionLostException.class).verify();
    }

    @Test
    void aFrameLargerThanTheLimitClosesTheConnectionWithAReason() {
        EmbeddedSession embedded = new EmbeddedSession();
        AtomicReference<String> reason = new AtomicReference<>();
        embedded.session.whenClosed(reason::set);
        embedded.channel.writeInbound(Unpooled.copiedBuffer(
                (EmbeddedSession.MAX_FRAME * 10) + "#", StandardCharsets.US_ASCII));
        embedded.channel.runPendingTasks();
        assertThat(embedded.channel.isActive()).isFalse();
        assertThat(reason.get()).contains(String.valueOf(EmbeddedSession.MAX_FRAME * 10));
    }

    @Test
    void aMissingPongClosesTheConnection() {
        EmbeddedSession embedded = new EmbeddedSession();
        AtomicReference<String> reason = new AtomicReference<>();
        embedded.session.whenClosed(reason::set);
        embedded.session.startPings(Duration.ofSeconds(15), Duration.ofSeconds(5));
        embedded.advance(Duration.ofSeconds(15));
        String ping = embedded.onlyClientFrame();
        assertThat(ping).endsWith("|ping");
        embedded.serverSends("srv|response|" + idOf(ping) + "|OK|pong");
        embedded.advance(Duration.ofSeconds(15));
        String second = embedded.onlyClientFrame();
        embedded.advance(Duration.ofSeconds(5));
        assertThat(second).endsWith("|ping");
        assertThat(embedded.channel.isActive()).isFalse();
        assertThat(reason.get()).isEqualTo("no pong within 5s");
    }

    @Test
    void pingMeasuresTheRoundTripAndTellsTheObserver() {
        List<Duration> observed = new ArrayList<>();
        EmbeddedSession embedded = new EmbeddedSession(request -> { }, new ClientObserver() {
            @Override
            public void pingCompleted(String connection, Duration roundTrip) {
                observed.add(roundTrip);
            }
        });
        Mono<Duration> ping = embedded.connection.ping();
        embedded.serverSends("srv|response|" + idOf(embedded.onlyClientFrame()) + "|OK|pong");
        StepVerifier.create(ping).assertNext(rtt -> assertThat(rtt.isNegative()).isFalse()).verifyComplete();
        assertThat(observed).hasSize(1);
    }

    @Test
    void everyObserverIsCalledInOrderEvenAfterOneThrows() {
        List<String> seen = new ArrayList<>();
        ClientObserver failing = new ClientObserver() {
            @Override
            public void requestReceived(IncomingRequest request) {
                seen.add("first " + request.method());
                throw new IllegalStateException("observer bug");
            }
        };
        ClientObserver recording = new ClientObserver() {
            @Override
            public void requestReceived(IncomingRequest request) {
                seen.add("second " + request.method());
            }

            @Override
            public void responseSent(IncomingRequest request, int status) {
                seen.add("second sent " + status);
            }
        };
        EmbeddedSession embedded = new EmbeddedSession(request -> request.response().send(486).subscribe(),
                List.of(failing, ClientObserver.NOOP, recording));
        embedded.serverSends(newRequest("t1", invite()));
        embedded.serverSends(responseSent(idOf(embedded.onlyClientFrame()), "t1", DIALOG_ID,
                sipResponse(486, "Busy Here", "INVITE", 1, "")));
        assertThat(seen).containsExactly("first INVITE", "second INVITE", "second sent 486");
    }

    @Test
    void theUacStreamReplaysToLateSubscribersAndCompletesAfterTheFinal() {
        EmbeddedSession embedded = new EmbeddedSession();
        ClientTransaction options = embedded.connection.request(OutgoingRequest.builder("OPTIONS",
                "sip:a@127.0.0.1:5070").build());
        embedded.serverSends(requestSent(idOf(embedded.onlyClientFrame()), "uac-1", OPTIONS_ECHO));
        embedded.serverSends(EmbeddedSession.response("uac-1", "", sipResponse(200, "OK", "OPTIONS", 5, "")));
        embedded.serverSends(EmbeddedSession.response("uac-1", "", sipResponse(200, "OK", "OPTIONS", 5, "")));
        StepVerifier.create(options.responses().map(ReceivedResponse::status)).expectNext(200).verifyComplete();
        SentRequest sent = options.sent().block();
        assertThat(sent.callId()).isEqualTo("c1");
        assertThat(sent.fromTag()).isEqualTo("t1");
    }
}
