package io.drachtio.client.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.client.AuthenticationFailedException;
import io.drachtio.client.CdrListener;
import io.drachtio.client.CdrRecord;
import io.drachtio.client.ClientTransaction;
import io.drachtio.client.CommandFailedException;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.PingPolicy;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.ReconnectPolicy;
import io.drachtio.client.SentRequest;
import io.drachtio.client.SentResponse;
import io.drachtio.client.ServerInfo;
import io.drachtio.client.TransactionStateException;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestVerifier;
import io.drachtio.sip.header.DigestCredentials;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.HostPort;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Replays every recorded trace of {@code ../shared/fixtures/wire} against the real client over a
 * loopback socket ({@link ScriptedPeer}): the client is driven to do what the recorded application
 * did, its frames must equal the recorded ones (with the tolerances of {@link FrameComparison}), and
 * everything the server sent must come out as the right objects with the right values.
 */
class TraceReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SDP = "v=0\r\no=- 2000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\nm=audio 30000 RTP/AVP 0\r\n";
    private static final String VERSION = "v0.9.10-1-g9c2dd4cb6a";
    private static final Set<String> COVERED = Collections.synchronizedSet(new TreeSet<>());

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<DrachtioClient, DeliveredRequests> deliveries = new HashMap<>();

    @AfterEach
    void closeResources() throws Exception {
        List<String> problems = new ArrayList<>();
        for (AutoCloseable resource : resources) {
            resource.close();
            if (resource instanceof ScriptedPeer peer) {
                problems.addAll(peer.problems());
            }
        }
        assertThat(problems).as("what the scripted peer saw").isEmpty();
    }

    @AfterAll
    static void everyTraceIsReplayed() {
        if (COVERED.size() > 1) {
            assertThat(COVERED).containsExactlyInAnyOrderElementsOf(WireTrace.scenarios());
        }
    }

    // ------------------------------------------------------------------ connection

    @Test
    void authOk() throws Exception {
        ScriptedPeer peer = peer("auth-ok");
        DrachtioClient client = client(peer, b -> b.route("INVITE"), o -> o.tags(List.of("alpha", "beta")));
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        assertThat(connection.state()).isEqualTo(ConnectionState.READY);
        ServerInfo info = connection.serverInfo();
        assertThat(info.version()).isEqualTo(VERSION);
        assertThat(info.hostports()).containsExactly(new HostPort("tcp", "127.0.0.1", 5160),
                new HostPort("udp", "127.0.0.1", 5160));
        assertThat(info.hostport("udp")).isEqualTo(new HostPort("udp", "127.0.0.1", 5160));
        assertThat(info.localHostports()).hasSize(2);
        assertThat(info.versionAtLeast(0, 8, 2)).isTrue();
        assertThat(client.routes()).containsExactly("invite");

        assertThat(connection.ping().block(WAIT)).isPositive();
        assertThat(connection.ping().block(WAIT)).isPositive();
        finish(peer, client);
    }

    @Test
    void authBadSecret() throws Exception {
        ScriptedPeer peer = peer("auth-bad-secret");
        DrachtioClient client = DrachtioClient.builder()
                .connection(ConnectionOptions.builder("127.0.0.1", peer.port(), "wrong-secret").name("trace")
                        .ping(PingPolicy.DISABLED).build())
                .build();
        resources.add(client);
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        client.events().subscribe(events::add);

        assertThatThrownBy(() -> client.start().block(WAIT))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("incorrect secret")
                .hasMessageNotContaining("wrong-secret");
        DrachtioConnection connection = client.defaultConnection();
        assertThat(connection.state()).isEqualTo(ConnectionState.AUTHENTICATION_FAILED);
        assertThat(connection.reconnectAttempts()).isZero();
        assertThat(events).hasSize(1).first().isInstanceOfSatisfying(ConnectionEvent.AuthenticationFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo("incorrect secret"));
        peer.awaitScript();
        peer.awaitClosed();
        assertThat(peer.problems()).isEmpty();
        assertThat(peer.connections()).isEqualTo(1);
    }

    @Test
    void removeRoute() throws Exception {
        // drain() removes every routed verb (the server drops them all on the first anyway);
        // the recorded app removed only 'options', so our 'remove_route|invite' is the one extra frame
        ScriptedPeer peer = peer("remove-route", Set.of(), line -> line.endsWith("|remove_route|invite"));
        DrachtioClient client = client(peer, b -> b.route("invite").route("options"), o -> { });
        client.start().block(WAIT);
        client.drain().block(WAIT);
        assertThat(client.isDrained()).isTrue();
        assertThat(peer.extras()).singleElement().asString().endsWith("|remove_route|invite");
        finish(peer, client);
    }

    // ------------------------------------------------------------------ UAS

    @Test
    void uasOptions200() throws Exception {
        ScriptedPeer peer = peer("uas-options-200");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        CompletableFuture<SentResponse> sent = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("options").requestHandler(req -> {
            request.complete(req);
            complete(req.response().send(200, r -> r.headers().add("X-App", "test")), sent);
        }), o -> { });
        client.start().block(WAIT);

        IncomingRequest options = get(request);
        assertThat(options.method()).isEqualTo("OPTIONS");
        assertThat(options.requestUri()).isEqualTo("sip:service@127.0.0.1:5160");
        assertThat(options.transactionId()).isEqualTo("60be4233-ea4e-4245-bc41-1f8a70d28cb8");
        assertThat(options.meta().source()).isEqualTo("network");
        assertThat(options.meta().protocol()).isEqualTo("udp");
        assertThat(options.meta().sourceAddress()).isEqualTo("127.0.0.1");
        assertThat(options.meta().sourcePort()).isEqualTo(5161);
        assertThat(options.meta().receivedOn()).isEqualTo("127.0.0.1:5160");
        assertThat(options.meta().dialogId()).isNull();
        assertThat(options.meta().connection()).isEqualTo("trace");
        assertThat(options.connection()).isSameAs(client.defaultConnection());
        SentResponse ok = get(sent);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.dialogId()).isNull();
        assertThat(ok.meta().protocol()).isEmpty();
        assertThat(ok.message().header("X-App")).isEqualTo("test");
        assertThat(ok.message().to().tag()).isNotBlank();
        assertThat(options.response().isFinalSent()).isTrue();
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void uasRegister200() throws Exception {
        ScriptedPeer peer = peer("uas-register-200");
        CompletableFuture<SentResponse> sent = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("register").requestHandler(req ->
                complete(req.response().send(200, r -> {
                    r.headers().add("contact", req.message().header("Contact"));
                    r.headers().add("expires", req.message().header("Expires"));
                }), sent)), o -> { });
        client.start().block(WAIT);

        SentResponse ok = get(sent);
        assertThat(ok.message().header("Contact")).isEqualTo("<sip:alice@127.0.0.1:5161>");
        assertThat(ok.message().expires()).isEqualTo(3600);
        assertThat(ok.dialogId()).isNull();
        finish(peer, client);
    }

    @Test
    void uasInvite486() throws Exception {
        ScriptedPeer peer = peer("uas-invite-486");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        CompletableFuture<SentResponse> ringing = new CompletableFuture<>();
        CompletableFuture<SentResponse> busy = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            request.complete(req);
            req.response().send(180).subscribe(sent180 -> {
                ringing.complete(sent180);
                complete(req.response().send(486), busy);
            }, ringing::completeExceptionally);
        }), o -> { });
        client.start().block(WAIT);

        IncomingRequest invite = get(request);
        assertThat(invite.message().body()).hasSize(91);
        assertThat(invite.meta().time()).isEqualTo("05:40:35.299814");
        SentResponse sent180 = get(ringing);
        assertThat(sent180.dialogId()).isEqualTo("1-19963@127.0.0.1;from-tag=19963SIPpTag001");
        assertThat(sent180.meta().protocol()).isEqualTo("udp");
        assertThat(sent180.message().to().tag()).isEqualTo("tHK2Kr6Fv06rS");
        assertThat(get(busy).status()).isEqualTo(486);
        assertThat(invite.ack().blockOptional(WAIT)).isEmpty();
        assertThatThrownBy(() -> invite.response().send(200).block(WAIT))
                .isInstanceOf(TransactionStateException.class).hasMessageContaining("486");
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void uasInvite200ByeRaw() throws Exception {
        uasInvite200Bye("uas-invite-200-bye-raw", true);
    }

    @Test
    void uasInvite200ByeDialog() throws Exception {
        uasInvite200Bye("uas-invite-200-bye-dialog", false);
    }

    private void uasInvite200Bye(String scenario, boolean withContentType) throws Exception {
        ScriptedPeer peer = peer(scenario);
        CompletableFuture<IncomingRequest> inviteSeen = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> ackSeen = new CompletableFuture<>();
        CompletableFuture<SentResponse> byeAnswered = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> ackOfInvite = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            switch (req.method()) {
                case "INVITE" -> {
                    inviteSeen.complete(req);
                    req.ack().subscribe(ackOfInvite::complete, ackOfInvite::completeExceptionally);
                    req.response().send(200, r -> {
                        if (withContentType) {
                            r.headers().add("content-type", "application/sdp");
                        }
                        r.setBody(SDP);
                    }).onErrorComplete().subscribe();
                }
                case "ACK" -> ackSeen.complete(req);
                case "BYE" -> complete(req.response().send(200), byeAnswered);
                default -> throw new IllegalStateException(req.method());
            }
        }), o -> { });
        client.start().block(WAIT);

        IncomingRequest ack = get(ackSeen);
        assertThat(get(ackOfInvite)).isSameAs(ack);
        assertThat(ack.meta().protocol()).isEmpty();
        assertThat(ack.transactionId()).isEqualTo(get(inviteSeen).transactionId());
        assertThat(ack.response().isAnswerable()).isFalse();
        assertThatThrownBy(() -> ack.response().send(200).block(WAIT)).isInstanceOf(TransactionStateException.class);
        SentResponse bye200 = get(byeAnswered);
        assertThat(bye200.dialogId()).isNull();
        assertThat(bye200.meta().protocol()).isEmpty();
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void uasInvite100rel() throws Exception {
        ScriptedPeer peer = peer("uas-invite-100rel");
        CompletableFuture<SentResponse> reliable = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> prackSeen = new CompletableFuture<>();
        CompletableFuture<SentResponse> inviteAnswered = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> ackOfInvite = new CompletableFuture<>();
        CompletableFuture<SentResponse> byeAnswered = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            switch (req.method()) {
                case "INVITE" -> {
                    complete(req.response().send(183, "Session in Progress", r -> {
                        r.headers().add("require", "100rel");
                        r.headers().add("content-type", "application/sdp");
                        r.setBody(SDP);
                    }), reliable);
                    req.ack().subscribe(ackOfInvite::complete, ackOfInvite::completeExceptionally);
                    complete(req.prack().flatMap(prack -> {
                        prackSeen.complete(prack);
                        return prack.response().send(200);
                    }).flatMap(prack200 -> req.response().send(200)), inviteAnswered);
                }
                case "BYE" -> complete(req.response().send(200), byeAnswered);
                default -> { } // the PRACK is answered through prack(), the ACK needs nothing
            }
        }), o -> { });
        client.start().block(WAIT);

        SentResponse sent183 = get(reliable);
        assertThat(sent183.message().rseq()).isNotNull();
        assertThat(sent183.dialogId()).isEqualTo("1-23226@127.0.0.1;from-tag=23226SIPpTag001");
        IncomingRequest prack = get(prackSeen);
        assertThat(prack.method()).isEqualTo("PRACK");
        assertThat(prack.message().rack().rseq()).isEqualTo(sent183.message().rseq());
        assertThat(get(inviteAnswered).status()).isEqualTo(200);
        assertThat(get(ackOfInvite).method()).isEqualTo("ACK");
        assertThat(get(byeAnswered).status()).isEqualTo(200);
        finish(peer, client);
    }

    @Test
    void uasInviteCancel() throws Exception {
        ScriptedPeer peer = peer("uas-invite-cancel");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        CompletableFuture<SipRequest> cancel = new CompletableFuture<>();
        CompletableFuture<SentResponse> lateAnswer = new CompletableFuture<>();
        List<String> delivered = new CopyOnWriteArrayList<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            delivered.add(req.method());
            request.complete(req);
            req.response().send(180).onErrorComplete().subscribe();
            req.cancelled().subscribe(c -> {
                cancel.complete(c);
                complete(req.response().send(200, r -> r.setBody(SDP)), lateAnswer);
            });
        }), o -> { });
        client.start().block(WAIT);

        assertThat(get(cancel).method()).isEqualTo("CANCEL");
        assertThat(get(request).isCancelled()).isTrue();
        assertThatThrownBy(() -> lateAnswer.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(CommandFailedException.class, e ->
                        assertThat(e.failureText()).isEqualTo("Response not sent due to unknown transaction"));
        assertThat(delivered).containsExactly("INVITE");
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void uasInviteCancelEarly() throws Exception {
        ScriptedPeer peer = peer("uas-invite-cancel-early");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(request::complete), o -> { });
        client.start().block(WAIT);

        IncomingRequest invite = get(request);
        SipRequest cancel = invite.cancelled().block(WAIT);
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(invite.isCancelled()).isTrue();
        assertThat(invite.response().isAnswerable()).isFalse();
        assertThat(invite.ack().blockOptional(WAIT)).isEmpty();
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void unsolicitedBye() throws Exception {
        ScriptedPeer peer = peer("unsolicited-bye");
        CompletableFuture<IncomingRequest> invite = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> unsolicited = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite")
                .requestHandler(req -> {
                    invite.complete(req);
                    req.response().send(200, r -> r.setBody(SDP)).onErrorComplete().subscribe();
                })
                .unsolicitedListener(unsolicited::complete), o -> { });
        client.start().block(WAIT);

        IncomingRequest bye = get(unsolicited);
        assertThat(bye.isUnsolicited()).isTrue();
        assertThat(bye.method()).isEqualTo("BYE");
        assertThat(bye.meta().source()).isEqualTo("application");
        assertThat(bye.meta().dialogId()).isEqualTo("1-32102@127.0.0.1;from-tag=32102SIPpTag001");
        assertThat(bye.message().header("Reason")).isEqualTo("SIP;cause=200;text=\"ACK timeout\"");
        assertThatThrownBy(() -> bye.response().send(200).block(WAIT)).isInstanceOf(TransactionStateException.class);
        assertThatThrownBy(() -> get(invite).ack().block(WAIT)).isInstanceOf(DrachtioClientException.class)
                .hasMessageContaining("ACK timeout");
        finish(peer, client);
    }

    @Test
    void bigMessage() throws Exception {
        ScriptedPeer peer = peer("big-message");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        CompletableFuture<SentResponse> sent = new CompletableFuture<>();
        CompletableFuture<SentResponse> byeAnswered = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            switch (req.method()) {
                case "INVITE" -> {
                    request.complete(req);
                    complete(req.response().send(200, r -> {
                        r.headers().add("X-Greeting", "Grüße, Zoë ☎");
                        r.setBody(SDP.replace("s=-", "s=Grüße Zoë ☎"));
                    }), sent);
                }
                case "BYE" -> complete(req.response().send(200), byeAnswered);
                default -> { }
            }
        }), o -> { });
        client.start().block(WAIT);

        IncomingRequest invite = get(request);
        assertThat(invite.message().from().displayName()).isEqualTo("Zoë Ærø");
        assertThat(invite.message().header("Subject")).isEqualTo("Grüße aus København ☎");
        assertThat(invite.meta().sourcePort()).isEqualTo(5161);
        SentResponse ok = get(sent);
        assertThat(ok.message().header("X-Greeting")).isEqualTo("Grüße, Zoë ☎");
        assertThat(ok.message().body()).hasSize(106);
        assertThat(invite.ack().block(WAIT).method()).isEqualTo("ACK");
        assertThat(get(byeAnswered).status()).isEqualTo(200);
        finish(peer, client);
    }

    @Test
    void tcpOptions() throws Exception {
        ScriptedPeer peer = peer("tcp-options");
        CompletableFuture<SentResponse> answered = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("options").requestHandler(req -> {
            assertThat(req.meta().protocol()).isEqualTo("tcp");
            complete(req.response().send(200), answered);
        }), o -> { });
        client.start().block(WAIT);

        ClientTransaction options = client.defaultConnection().request(
                OutgoingRequest.builder("OPTIONS", "sip:service@127.0.0.1:5173;transport=tcp").build());
        SentRequest sent = options.sent().block(WAIT);
        assertThat(sent.meta().protocol()).isEqualTo("tcp");
        assertThat(sent.meta().port()).isEqualTo(5173);
        ReceivedResponse ok = options.finalResponse().block(WAIT);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.meta().protocol()).isEqualTo("tcp");
        assertThat(get(answered).meta().protocol()).isEmpty();
        finish(peer, client);
    }

    // ------------------------------------------------------------------ UAC

    @Test
    void uacOptions() throws Exception {
        ScriptedPeer peer = peer("uac-options");
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);

        ClientTransaction options = client.defaultConnection().request(
                OutgoingRequest.builder("OPTIONS", "sip:service@127.0.0.1:5170").header("X-Test", "uac-options")
                        .build());
        SentRequest sent = options.sent().block(WAIT);
        assertThat(sent.transactionId()).isEqualTo("43b5c9a4-8462-42b2-9a52-24d894ed4521");
        assertThat(sent.fromTag()).isNotBlank();
        assertThat(sent.message().header("X-Test")).isEqualTo("uac-options");
        assertThat(sent.meta().source().wireName()).isEqualTo("application");
        List<ReceivedResponse> responses = options.responses().collectList().block(WAIT);
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.dialogId()).isNull();
            assertThat(r.transactionId()).isEqualTo(sent.transactionId());
        });
        finish(peer, client);
    }

    @Test
    void uacInvite200AckBye() throws Exception {
        ScriptedPeer peer = peer("uac-invite-200-ack-bye");
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        ClientTransaction invite = connection.request(OutgoingRequest.builder("INVITE", "sip:1000@127.0.0.1:5170")
                .header("From", "sip:app@localhost").body(SDP).build());
        ReceivedResponse ok = invite.finalResponse().block(WAIT);
        assertThat(invite.responses().map(ReceivedResponse::status).collectList().block(WAIT))
                .containsExactly(180, 200);
        assertThat(ok.dialogId()).isEqualTo("be61fd2b-63ff-1240-2eb1-72622f9d679e;from-tag=BB17H44BBr1pe");
        assertThat(invite.sent().block(WAIT).message().from().uri().toString()).isEqualTo("sip:app@127.0.0.1:5160");
        SentRequest ack = invite.ack().block(WAIT);
        assertThat(ack.message().method()).isEqualTo("ACK");
        assertThat(ack.message().requestUri()).isEqualTo("sip:127.0.0.1:5170;transport=UDP");
        ReceivedResponse byeOk = connection.request(OutgoingRequest.inDialog("BYE", ok.dialogId()).build())
                .finalResponse().block(WAIT);
        assertThat(byeOk.status()).isEqualTo(200);
        assertThat(byeOk.dialogId()).isEqualTo(ok.dialogId());
        finish(peer, client);
    }

    @Test
    void uacInviteCancel() throws Exception {
        // drachtio-srf ACKed the 487 and got a NOK; our client refuses that ACK, so the last exchange is not played
        ScriptedPeer peer = peer("uac-invite-cancel", Set.of(8, 9), line -> false);
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);

        ClientTransaction invite = client.defaultConnection().request(
                OutgoingRequest.builder("INVITE", "sip:1000@127.0.0.1:5170").body(SDP).build());
        assertThat(invite.responses().blockFirst(WAIT).status()).isEqualTo(180);
        SentRequest cancel = invite.cancel(List.of(new OutgoingRequest.Header("Reason", "Q.850;cause=16")))
                .block(WAIT);
        assertThat(cancel.message().method()).isEqualTo("CANCEL");
        assertThat(cancel.message().header("Reason")).isEqualTo("Q.850;cause=16");
        assertThat(cancel.transactionId()).isNotEqualTo(invite.sent().block(WAIT).transactionId());
        assertThat(invite.finalResponse().block(WAIT).status()).isEqualTo(487);
        assertThatThrownBy(() -> invite.ack().block(WAIT)).isInstanceOf(TransactionStateException.class)
                .hasMessageContaining("487");
        finish(peer, client);
    }

    @Test
    void uacInviteAuth() throws Exception {
        ScriptedPeer peer = peer("uac-invite-auth");
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        ClientTransaction invite = connection.request(OutgoingRequest.builder("INVITE", "sip:1000@127.0.0.1:5170")
                .body(SDP).credentials("alice", "s3cret").build());
        ReceivedResponse ok = invite.finalResponse().block(WAIT);
        assertThat(invite.responses().map(ReceivedResponse::status).collectList().block(WAIT))
                .containsExactly(407, 200);
        assertThat(invite.sent().block(WAIT).transactionId()).isEqualTo("c42bc643-00c6-4b4e-9ffb-be598294e91d");
        invite.ack().block(WAIT);
        connection.request(OutgoingRequest.inDialog("BYE", ok.dialogId()).build()).finalResponse().block(WAIT);
        finish(peer, client);

        SipRequest retry = peer.received().stream()
                .filter(p -> new String(p, StandardCharsets.UTF_8).contains("Proxy-Authorization"))
                .map(p -> (SipRequest) SipMessageParser.parse(sipPart(p)))
                .findFirst().orElseThrow();
        DigestCredentials answer = retry.proxyAuthorization();
        assertThat(answer.nc()).isEqualTo("00000001");
        assertThat(answer.cnonce()).isNotBlank();
        assertThat(DigestVerifier.verify(answer, "s3cret", "INVITE", null)).isTrue();
        assertThat(DigestVerifier.verify(answer, "wrong", "INVITE", null)).isFalse();
    }

    @Test
    void uacInvite100rel() throws Exception {
        ScriptedPeer peer = peer("uac-invite-100rel");
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        ClientTransaction invite = connection.request(OutgoingRequest.builder("INVITE", "sip:1000@127.0.0.1:5170")
                .header("Supported", "100rel").body(SDP).build());
        ReceivedResponse progress = invite.responses().blockFirst(WAIT);
        assertThat(progress.status()).isEqualTo(183);
        assertThat(progress.isReliableProvisional()).isTrue();
        ClientTransaction prack = invite.prack(progress, null);
        assertThat(prack.sent().block(WAIT).message().rack().rseq()).isEqualTo(4711);
        assertThat(prack.finalResponse().block(WAIT).status()).isEqualTo(200);
        ReceivedResponse ok = invite.finalResponse().block(WAIT);
        assertThat(ok.status()).isEqualTo(200);
        invite.ack().block(WAIT);
        connection.request(OutgoingRequest.inDialog("BYE", ok.dialogId()).build()).finalResponse().block(WAIT);
        finish(peer, client);
    }

    // ------------------------------------------------------------------ proxy

    @Test
    void proxySerial() throws Exception {
        ScriptedPeer peer = peer("proxy-serial");
        CompletableFuture<IncomingRequest> request = new CompletableFuture<>();
        CompletableFuture<ProxyResult> result = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req -> {
            request.complete(req);
            complete(req.proxy(ProxyOptions.to("sip:127.0.0.1:5171", "127.0.0.1:5172").remainInDialog()
                    .header("X-Proxied-By", "proxy-serial")), result);
        }), o -> { });
        client.start().block(WAIT);

        ProxyResult outcome = get(result);
        assertThat(outcome.responses()).extracting(ProxyResult.ProxyResponse::status).containsExactly(486, 200);
        assertThat(outcome.responses()).extracting(ProxyResult.ProxyResponse::port).containsExactly(5171, 5172);
        assertThat(outcome.responses().get(0).address()).isEqualTo("127.0.0.1");
        assertThat(outcome.responses().get(1).time()).isEqualTo("05:44:59.421781");
        assertThat(outcome.connected()).isTrue();
        assertThat(outcome.finalStatus()).isEqualTo(200);
        assertThat(outcome.finalResponse().vias()).hasSize(2);
        assertThatThrownBy(() -> get(request).response().send(200).block(WAIT))
                .isInstanceOf(TransactionStateException.class);
        assertThat(client.inFlightTransactions()).isZero();
        finish(peer, client);
    }

    @Test
    void proxySimultaneous() throws Exception {
        ScriptedPeer peer = peer("proxy-simultaneous");
        CompletableFuture<ProxyResult> result = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b.route("invite").requestHandler(req ->
                complete(req.proxy(ProxyOptions.to("sip:127.0.0.1:5171", "sip:127.0.0.1:5172").simultaneous()
                        .remainInDialog().header("X-Proxied-By", "proxy-simultaneous")), result)), o -> { });
        client.start().block(WAIT);

        ProxyResult outcome = get(result);
        assertThat(outcome.responses()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.port()).isEqualTo(5171);
        });
        finish(peer, client);
    }

    // ------------------------------------------------------------------ CDRs

    @Test
    void cdr() throws Exception {
        ScriptedPeer peer = peer("cdr");
        Records records = new Records(3);
        DrachtioClient client = client(peer, b -> b
                .cdrListener(records, CdrKind.ATTEMPT, CdrKind.START, CdrKind.STOP)
                .route("invite")
                .requestHandler(req -> {
                    if (!req.method().equals("ACK")) {
                        req.response().send(200, r -> {
                            if (req.method().equals("INVITE")) {
                                r.setBody(SDP);
                            }
                        }).onErrorComplete().subscribe();
                    }
                }), o -> { });
        client.start().block(WAIT);
        List<CdrRecord> all = records.await();

        assertThat(all).extracting(CdrRecord::kind).containsExactly(CdrKind.ATTEMPT, CdrKind.START, CdrKind.STOP);
        assertThat(all).extracting(CdrRecord::source).containsExactly("network", "application", "network");
        assertThat(all).extracting(CdrRecord::detail).containsExactly(null, "uas", "normal-release");
        assertThat(all.get(0).time()).isEqualTo("05:46:07.142859");
        assertThat(all.get(0).message().isRequest()).isTrue();
        assertThat(all.get(1).message().isResponse()).isTrue();
        assertThat(all).allSatisfy(r -> assertThat(r.connection()).isEqualTo("trace"));
        finish(peer, client);
    }

    @Test
    void cdrProxy() throws Exception {
        ScriptedPeer peer = peer("cdr-proxy");
        Records records = new Records(8);
        CompletableFuture<ProxyResult> result = new CompletableFuture<>();
        DrachtioClient client = client(peer, b -> b
                .cdrListener(records, CdrKind.ATTEMPT, CdrKind.START, CdrKind.STOP)
                .route("invite")
                .requestHandler(req -> complete(req.proxy(ProxyOptions.to("sip:127.0.0.1:5171", "sip:127.0.0.1:5172")
                        .remainInDialog()), result)), o -> { });
        client.start().block(WAIT);
        List<CdrRecord> all = records.await();

        assertThat(get(result).finalStatus()).isEqualTo(200);
        assertThat(all).extracting(CdrRecord::detail).containsExactly(null, null, "call-rejected", null,
                "proxy-uac", "proxy-uas", "normal-release", "normal-release");
        assertThat(all).extracting(CdrRecord::source).containsExactly("network", "application", "network",
                "application", "network", "application", "network", "application");
        finish(peer, client);
    }

    // ------------------------------------------------------------------ protocol errors

    @Test
    void protocolErrorsTheClientCanProduce() throws Exception {
        // The raw probes of this trace are mostly things our client cannot send (no 'ping' before
        // 'authenticate', no malformed lines, no unknown commands, verbs are lower-cased, a response or
        // CANCEL or proxy needs a transaction the server delivered). These three it can: the server's
        // NOK must surface as CommandFailedException with the server's text.
        protocolError(30, OutgoingRequest.inDialog("INFO", "nosuchcall@example.com;from-tag=abc").build(),
                "Server error: unable to find dialog for dialog id provided");
        protocolError(31, OutgoingRequest.builder("OPTIONS", "sip:127.0.0.1:5160").build(),
                "can not send request to myself");
        protocolError(32, OutgoingRequest.builder("MESSAGE", "sip:bob@127.0.0.1:5199").body("hello").build(),
                "missing content-type");
        COVERED.add("protocol-errors");
    }

    private void protocolError(int connection, OutgoingRequest request, String expectedText) throws Exception {
        List<WireTraceFrame> frames = WireTrace.load("protocol-errors").frames().stream()
                .filter(f -> f.connection() == connection).toList();
        ScriptedPeer peer = new ScriptedPeer(frames, Set.of(), line -> false);
        resources.add(peer);
        DrachtioClient client = client(peer, b -> { }, o -> { });
        client.start().block(WAIT);
        ClientTransaction transaction = client.defaultConnection().request(request);
        assertThatThrownBy(() -> transaction.sent().block(WAIT)).isInstanceOfSatisfying(CommandFailedException.class,
                e -> {
                    assertThat(e.failureText()).isEqualTo(expectedText);
                    assertThat(e.command()).isEqualTo("sip");
                });
        assertThatThrownBy(() -> transaction.responses().blockLast(WAIT)).isInstanceOf(CommandFailedException.class);
        finish(peer, client);
    }

    // ------------------------------------------------------------------ helpers

    private ScriptedPeer peer(String scenario) throws Exception {
        return peer(scenario, Set.of(), line -> false);
    }

    private ScriptedPeer peer(String scenario, Set<Integer> skipped, Predicate<String> extraAllowed)
            throws Exception {
        COVERED.add(scenario);
        ScriptedPeer peer = new ScriptedPeer(WireTrace.load(scenario).frames(), skipped, extraAllowed);
        resources.add(peer);
        return peer;
    }

    private DrachtioClient client(ScriptedPeer peer, Consumer<DrachtioClient.Builder> configure,
            Consumer<ConnectionOptions.Builder> options) {
        ConnectionOptions.Builder connection = ConnectionOptions.builder("127.0.0.1", peer.port(), "cymru")
                .name("trace").reconnect(ReconnectPolicy.NEVER).ping(PingPolicy.DISABLED);
        options.accept(connection);
        DeliveredRequests delivered = new DeliveredRequests();
        DrachtioClient.Builder builder = DrachtioClient.builder().connection(connection.build()).observer(delivered);
        configure.accept(builder);
        DrachtioClient client = builder.build();
        resources.add(0, client);
        deliveries.put(client, delivered);
        return client;
    }

    /**
     * Waits for the script, checks every delivered request against the frame that carried it, closes
     * the client, and checks that the peer saw nothing unexpected.
     */
    private void finish(ScriptedPeer peer, DrachtioClient client) throws Exception {
        peer.awaitScript();
        deliveries.get(client).assertMatch(peer.sent());
        client.close();
        peer.awaitClosed();
        assertThat(peer.problems()).isEmpty();
    }

    private static <T> void complete(Mono<T> mono, CompletableFuture<T> future) {
        mono.subscribe(future::complete, future::completeExceptionally);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Collects CDRs and waits until the expected number arrived. */
    private static final class Records implements CdrListener {
        private final List<CdrRecord> records = new CopyOnWriteArrayList<>();
        private final CountDownLatch expected;

        Records(int count) {
            expected = new CountDownLatch(count);
        }

        @Override
        public void onCdr(CdrRecord record) {
            records.add(record);
            expected.countDown();
        }

        List<CdrRecord> await() throws InterruptedException {
            assertThat(expected.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("CDRs arrived: " + records).isTrue();
            return List.copyOf(records);
        }
    }

    private static byte[] sipPart(byte[] payload) {
        for (int i = 0; i + 1 < payload.length; i++) {
            if (payload[i] == '\r' && payload[i + 1] == '\n') {
                return Arrays.copyOfRange(payload, i + 2, payload.length);
            }
        }
        return new byte[0];
    }
}
