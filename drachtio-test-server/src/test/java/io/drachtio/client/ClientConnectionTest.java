package io.drachtio.client;

import static io.drachtio.client.TestServerClients.WAIT;
import static io.drachtio.client.TestServerClients.options;
import static io.drachtio.client.TestServerClients.startAndCollectEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.tls.TestTls;
import io.drachtio.wire.WireLimitExceededException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The client's connections against the in-JVM drachtio test server over real loopback sockets:
 * reconnecting (routes again, TLS kept), a wrong secret, a missed pong, two servers, every pending
 * operation failing when the server drops, and oversize frames in both directions.
 */
class ClientConnectionTest {

    private final TestServerClients setup = new TestServerClients();

    @AfterEach
    void close() throws Exception {
        setup.close();
    }

    private static void answerOk(IncomingRequest request) {
        if (request.response().isAnswerable()) {
            request.response().send(200).subscribe(sent -> { }, error -> { });
        }
    }

    @Test
    void reconnectsOverTlsAndRoutesAgainWhenTheServerDrops() {
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder().tls(TestTls.serverContext()));
        DrachtioClient client = setup.client(DrachtioClient.builder()
                .connection(options("tls", server).sslContext(TestTls.jdkClientContext()).build())
                .route("invite").route("OPTIONS").requestHandler(ClientConnectionTest::answerOk));
        Mono<List<ConnectionEvent>> events = client.events().take(4).collectList().cache();
        events.subscribe();
        client.start().block(WAIT);
        assertThat(server.awaitRoute("options").routes()).containsExactly("invite", "options");

        server.dropAllConnections();

        assertThat(events.block(WAIT)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Connected", "Disconnected", "Reconnecting", "Connected");
        List<AppConnection> connections = server.connections();
        assertThat(connections).hasSize(2);
        assertThat(connections.get(1).isAuthenticated()).isTrue();
        assertThat(connections.get(1).routes()).containsExactly("invite", "options");
        NetworkTransaction options = server.request("OPTIONS", "sip:service@127.0.0.1:5060").send();
        assertThat(options.awaitFinalResponse().status()).isEqualTo(200);
        assertThat(client.defaultConnection().reconnectAttempts()).isZero();
    }

    @Test
    void aWrongSecretIsFinal() {
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder().secret("another-secret"));
        DrachtioClient client = setup.client(DrachtioClient.builder().connection(options("wrong", server).build()));
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        client.events().subscribe(events::add);

        assertThatThrownBy(() -> client.start().block(WAIT)).isInstanceOf(AuthenticationFailedException.class)
                .hasMessageNotContaining("cymru");
        assertThat(client.defaultConnection().state()).isEqualTo(ConnectionState.AUTHENTICATION_FAILED);
        assertThat(client.defaultConnection().reconnectAttempts()).isZero();
        assertThat(events).singleElement().isInstanceOf(ConnectionEvent.AuthenticationFailed.class);
        assertThat(server.connections()).hasSize(1);
    }

    @Test
    void aMissedPongMakesTheClientReconnect() {
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder());
        server.answerPings(false);
        DrachtioClient client = setup.client(DrachtioClient.builder().connection(options("pinged", server)
                .ping(new PingPolicy(Duration.ofMillis(50), Duration.ofMillis(100))).build()));
        Mono<ConnectionEvent> lost = client.events().filter(e -> e instanceof ConnectionEvent.Disconnected).next()
                .cache();
        lost.subscribe();
        Mono<List<ConnectionEvent>> events = client.events().take(4).collectList().cache();
        events.subscribe();
        client.start().block(WAIT);

        assertThat(lost.block(WAIT)).isInstanceOfSatisfying(ConnectionEvent.Disconnected.class,
                disconnected -> assertThat(disconnected.reason()).isEqualTo("no pong within 100ms"));
        server.answerPings(true);
        assertThat(events.block(WAIT)).last().isInstanceOf(ConnectionEvent.Connected.class);
        assertThat(server.connections().get(0).isOpen()).isFalse();
    }

    @Test
    void twoServersEachAnsweredThroughItsOwnConnection() {
        DrachtioTestServer first = setup.server(DrachtioTestServer.builder());
        DrachtioTestServer second = setup.server(DrachtioTestServer.builder().sipAddress("127.0.0.2", 5080));
        List<String> seen = new CopyOnWriteArrayList<>();
        DrachtioClient client = setup.client(DrachtioClient.builder()
                .connection(options("first", first).build())
                .connection(options("second", second).build())
                .route("options")
                .requestHandler(request -> {
                    seen.add(request.connection().name());
                    request.response().send(200, r -> r.headers().add("X-Via", request.connection().name()))
                            .onErrorComplete().subscribe();
                }));
        client.start().block(WAIT);

        assertThat(first.request("OPTIONS", "sip:a@127.0.0.1:5060").send().awaitFinalResponse().header("X-Via"))
                .isEqualTo("first");
        assertThat(second.request("OPTIONS", "sip:a@127.0.0.2:5080").send().awaitFinalResponse().header("X-Via"))
                .isEqualTo("second");
        assertThat(seen).containsExactly("first", "second");

        ClientTransaction outgoing = client.connection("second").request(
                OutgoingRequest.builder("OPTIONS", "sip:bob@192.0.2.9").build());
        second.awaitAppRequest("OPTIONS").respond(200);
        assertThat(outgoing.finalResponse().block(WAIT).status()).isEqualTo(200);
        assertThat(first.networkRequests()).isEmpty();
        assertThat(client.connection("first").serverInfo().hostport("udp").host()).isEqualTo("127.0.0.1");
        assertThat(client.connection("second").serverInfo().hostport("udp").host()).isEqualTo("127.0.0.2");
    }

    @Test
    void everyPendingOperationFailsWhenTheServerDrops() {
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder());
        server.proxyTarget("sip:127.0.0.1:5999").neverAnswers();
        CompletableFuture<Mono<SentResponse>> answered = new CompletableFuture<>();
        CompletableFuture<IncomingRequest> answeredInvite = new CompletableFuture<>();
        CompletableFuture<Mono<ProxyResult>> proxied = new CompletableFuture<>();
        DrachtioClient client = setup.client(DrachtioClient.builder()
                .connection(options("dropped", server).reconnect(ReconnectPolicy.NEVER).build())
                .route("invite")
                .requestHandler(request -> {
                    if (request.requestUri().startsWith("sip:answer")) {
                        answeredInvite.complete(request);
                        answered.complete(request.response().send(200, r -> r.setBody(
                                "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n")));
                    } else if (request.requestUri().startsWith("sip:proxy")) {
                        proxied.complete(request.proxy(ProxyOptions.to("sip:127.0.0.1:5999")));
                    }
                }));
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        ClientTransaction call = connection.request(OutgoingRequest.builder("INVITE", "sip:bob@192.0.2.9").build());
        server.awaitAppRequest("INVITE");
        server.request("INVITE", "sip:answer@127.0.0.1:5060").sdp().send().awaitFinalResponse();
        server.request("INVITE", "sip:proxy@127.0.0.1:5060").sdp().send();
        server.awaitProxy();
        server.answerPings(false);
        Mono<java.time.Duration> ping = connection.ping();
        IncomingRequest invite = answeredInvite.join();
        assertThat(answered.join().block(WAIT).status()).isEqualTo(200);

        server.dropAllConnections();

        StepVerifier.create(call.responses()).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(ConnectionLostException.class).hasMessageContaining("'dropped'")).verify(WAIT);
        StepVerifier.create(invite.ack()).expectError(ConnectionLostException.class).verify(WAIT);
        StepVerifier.create(proxied.join()).expectError(ConnectionLostException.class).verify(WAIT);
        StepVerifier.create(ping).expectError(ConnectionLostException.class).verify(WAIT);
        StepVerifier.create(connection.request(OutgoingRequest.builder("OPTIONS", "sip:x@y").build()).sent())
                .expectError(ConnectionLostException.class).verify(WAIT);
        assertThat(client.inFlightTransactions()).isZero();
        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void oversizeFramesInBothDirections() {
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder());
        List<IncomingRequest> delivered = new CopyOnWriteArrayList<>();
        DrachtioClient client = setup.client(DrachtioClient.builder()
                .connection(options("small", server).maxFrameLength(2048).build())
                .route("invite").requestHandler(delivered::add));
        Mono<List<ConnectionEvent>> events = client.events().take(4).collectList().cache();
        events.subscribe();
        client.start().block(WAIT);
        DrachtioConnection connection = client.defaultConnection();

        // client → server: refused before anything is sent, the connection stays up
        StepVerifier.create(connection.request(OutgoingRequest.builder("MESSAGE", "sip:bob@192.0.2.9")
                .body("text/plain", "x".repeat(20_000)).build()).sent())
                .expectError(WireLimitExceededException.class).verify(WAIT);
        assertThat(server.networkRequests()).isEmpty();
        assertThat(connection.state()).isEqualTo(ConnectionState.READY);

        // server → client: a frame above the client's limit closes the connection, which reconnects
        server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp("v=0\r\n" + "a=x-filler\r\n".repeat(300)).send();

        List<ConnectionEvent> seen = events.block(WAIT);
        assertThat(seen).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Connected", "Disconnected", "Reconnecting", "Connected");
        assertThat(((ConnectionEvent.Disconnected) seen.get(1)).reason()).contains("2048");
        assertThat(delivered).isEmpty();
        assertThat(server.connections().get(0).isOpen()).isFalse();
    }
}
