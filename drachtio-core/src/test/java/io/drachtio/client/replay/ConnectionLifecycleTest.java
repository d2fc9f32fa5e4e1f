package io.drachtio.client.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drachtio.client.ClientObserver;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutboundOptions;
import io.drachtio.client.PingPolicy;
import io.drachtio.client.ReconnectPolicy;
import io.drachtio.client.SentResponse;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Connection life cycle over real loopback sockets, with recorded frames played by
 * {@link ScriptedPeer}: reconnect (routes again, TLS kept), a refused secret after a reconnect, a
 * missed pong, several servers at once, outbound mode; and that no log line shows the secret.
 */
class ConnectionLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "cymru";
    private static final char[] PASSWORD = "loopback".toCharArray();
    private static final ReconnectPolicy FAST = new ReconnectPolicy(Duration.ofMillis(10), 2.0,
            Duration.ofMillis(100), 0, 0.0);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger clientLogger;
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        clientLogger = (Logger) LoggerFactory.getLogger("io.drachtio");
        previousLevel = clientLogger.getLevel();
        clientLogger.setLevel(Level.DEBUG);
        logs.start();
        clientLogger.addAppender(logs);
    }

    @AfterEach
    void closeAndCheckLogs() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        clientLogger.detachAppender(logs);
        clientLogger.setLevel(previousLevel);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains(SECRET) || message.contains("wrong-secret"));
        for (AutoCloseable resource : resources) {
            if (resource instanceof ScriptedPeer peer) {
                assertThat(peer.problems()).as("what the scripted peer saw").isEmpty();
            }
        }
    }

    @Test
    void reconnectsAuthenticatesAndRoutesAgain() throws Exception {
        List<WireTraceFrame> handshake = frames("auth-ok", 0, 4);
        ScriptedPeer peer = listen(plainServer(), ScriptedPeer.Script.of(handshake).thenClose(),
                ScriptedPeer.Script.of(handshake));
        DrachtioClient client = client(peer.port(), null, FAST, PingPolicy.DISABLED);
        List<ConnectionEvent> seen = startAndCollectEvents(client, 4);

        assertThat(seen).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Connected", "Disconnected", "Reconnecting", "Connected");
        ConnectionEvent.Reconnecting reconnecting = (ConnectionEvent.Reconnecting) seen.get(2);
        assertThat(reconnecting.attempt()).isEqualTo(1);
        assertThat(reconnecting.delay()).isEqualTo(Duration.ofMillis(10));
        DrachtioConnection connection = client.defaultConnection();
        assertThat(connection.state()).isEqualTo(ConnectionState.READY);
        assertThat(connection.reconnectAttempts()).isZero();
        assertThat(peer.connections()).isEqualTo(2);
        peer.awaitScript();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("connected to drachtio-server 127.0.0.1:" + peer.port()
                        + " (loopback), version v0.9.10-1-g9c2dd4cb6a"))
                .anyMatch(m -> m.startsWith("lost the connection to drachtio-server"));
    }

    @Test
    void afterALossEachReconnectAttemptConnectsOnce() throws Exception {
        ScriptedPeer peer = listen(plainServer(), ScriptedPeer.Script.of(frames("auth-ok", 0, 4)).thenClose());
        CountDownLatch gaveUp = new CountDownLatch(1);
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        DrachtioClient client = DrachtioClient.builder()
                .connection(options("loopback", peer.port(), null, new ReconnectPolicy(Duration.ofMillis(10), 1.0,
                        Duration.ofMillis(10), 3, 0.0), PingPolicy.DISABLED).tags(List.of("alpha", "beta")).build())
                .route("invite")
                .observer(new ClientObserver() {
                    @Override
                    public void stateChanged(String connection, ConnectionState state) {
                        states.add(state);
                        if (state == ConnectionState.CLOSED) {
                            gaveUp.countDown();
                        }
                    }
                })
                .build();
        resources.add(0, client);
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        client.events().subscribe(events::add);
        client.start().block(WAIT);
        assertThat(gaveUp.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        // the peer accepts and closes every connection after its script: each attempt fails after connecting
        assertThat(events).filteredOn(ConnectionEvent.Reconnecting.class::isInstance)
                .extracting(e -> ((ConnectionEvent.Reconnecting) e).attempt()).containsExactly(1, 2, 3);
        assertThat(states).filteredOn(ConnectionState.CONNECTING::equals).hasSize(3);
        assertThat(peer.connections()).isEqualTo(4);
    }

    @Test
    void reconnectKeepsTls() throws Exception {
        List<WireTraceFrame> handshake = frames("auth-ok", 0, 4);
        ServerSocket tls = tlsContext().getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        ScriptedPeer peer = listen(tls, ScriptedPeer.Script.of(handshake).thenClose(),
                ScriptedPeer.Script.of(handshake));
        DrachtioClient client = client(peer.port(), tlsContext(), FAST, PingPolicy.DISABLED);
        assertThat(startAndCollectEvents(client, 4)).last().isInstanceOf(ConnectionEvent.Connected.class);
        peer.awaitScript();
        assertThat(peer.connections()).isEqualTo(2);
    }

    @Test
    void aRefusedSecretAfterAReconnectStopsReconnecting() throws Exception {
        // the secret changed on the server meanwhile: the same authenticate now gets the recorded refusal
        List<WireTraceFrame> refused = List.of(frames("auth-ok", 0, 1).get(0), frames("auth-bad-secret", 1, 2).get(0));
        ScriptedPeer peer = listen(plainServer(), ScriptedPeer.Script.of(frames("auth-ok", 0, 4)).thenClose(),
                ScriptedPeer.Script.of(refused));
        DrachtioClient client = client(peer.port(), null, FAST, PingPolicy.DISABLED);
        List<ConnectionEvent> seen = startAndCollectEvents(client, 4);
        assertThat(seen).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Connected", "Disconnected", "Reconnecting", "AuthenticationFailed");
        assertThat(client.defaultConnection().state()).isEqualTo(ConnectionState.AUTHENTICATION_FAILED);
        peer.awaitClosed();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("refused authentication: incorrect secret"));
    }

    @Test
    void aMissedPongClosesTheConnectionAndReconnects() throws Exception {
        List<WireTraceFrame> auth = WireTrace.load("auth-ok").frames();
        // first connection: handshake, then a ping that is never answered (the recorded pong is skipped)
        ScriptedPeer.Script silent = new ScriptedPeer.Script(auth.subList(0, 6), Set.of(5), line -> false, false);
        ScriptedPeer.Script answering = new ScriptedPeer.Script(auth.subList(0, 6), Set.of(),
                line -> line.endsWith("|ping"), false);
        ScriptedPeer peer = listen(plainServer(), silent, answering);
        DrachtioClient client = client(peer.port(), null, FAST,
                new PingPolicy(Duration.ofMillis(50), Duration.ofMillis(100)));
        List<ConnectionEvent> seen = startAndCollectEvents(client, 4);
        assertThat(seen.get(1)).isInstanceOfSatisfying(ConnectionEvent.Disconnected.class,
                lost -> assertThat(lost.reason()).isEqualTo("no pong within 100ms"));
        assertThat(seen.get(3)).isInstanceOf(ConnectionEvent.Connected.class);
        peer.awaitScript();
    }

    @Test
    void severalServersAtOnceEachRequestAnsweredThroughItsOwnConnection() throws Exception {
        ScriptedPeer invitePeer = listen(plainServer(), new ScriptedPeer.Script(
                WireTrace.load("uas-invite-486").frames(), Set.of(), line -> line.endsWith("|route|options"), false));
        ScriptedPeer optionsPeer = listen(plainServer(), new ScriptedPeer.Script(
                WireTrace.load("uas-options-200").frames(), Set.of(), line -> line.endsWith("|route|invite"), false));
        List<IncomingRequest> requests = new CopyOnWriteArrayList<>();
        DrachtioClient client = DrachtioClient.builder()
                .connection(options("a", invitePeer.port(), null, ReconnectPolicy.NEVER, PingPolicy.DISABLED).build())
                .connection(options("b", optionsPeer.port(), null, ReconnectPolicy.NEVER, PingPolicy.DISABLED).build())
                .route("invite").route("options")
                .requestHandler(req -> {
                    requests.add(req);
                    answerLikeTheRecordedApps(req).onErrorComplete().subscribe();
                })
                .build();
        resources.add(0, client);

        client.start().block(WAIT);
        invitePeer.awaitScript();
        optionsPeer.awaitScript();

        assertThat(requests).extracting(r -> r.method() + "@" + r.connection().name())
                .containsExactlyInAnyOrder("INVITE@a", "OPTIONS@b");
        assertThat(client.connections()).extracting(DrachtioConnection::name).containsExactly("a", "b");
        assertThat(client.connection("b").serverInfo().version()).isEqualTo("v0.9.10-1-g9c2dd4cb6a");
    }

    @Test
    void outboundConnectionsAuthenticateAndDeliverToTheSameHandler() throws Exception {
        List<IncomingRequest> requests = new CopyOnWriteArrayList<>();
        CompletableFuture<SentResponse> busy = new CompletableFuture<>();
        DrachtioClient client = DrachtioClient.builder()
                .outbound(new OutboundOptions("out", "127.0.0.1", 0, SECRET, null, null, 0))
                .requestHandler(req -> {
                    requests.add(req);
                    Mono<SentResponse> answered = answerLikeTheRecordedApps(req);
                    if (req.method().equals("INVITE")) {
                        answered.subscribe(busy::complete, busy::completeExceptionally);
                    } else {
                        answered.onErrorComplete().subscribe();
                    }
                })
                .build();
        resources.add(0, client);
        client.start().block(WAIT);
        int port = client.outboundAddress().getPort();

        // the server connects, the application authenticates (no routes in outbound mode), the request follows
        ScriptedPeer first = ScriptedPeer.connectingTo(port, new ScriptedPeer.Script(
                WireTrace.load("uas-invite-486").frames(), Set.of(2, 3), line -> false, false));
        ScriptedPeer second = ScriptedPeer.connectingTo(port, new ScriptedPeer.Script(
                WireTrace.load("uas-options-200").frames(), Set.of(2, 3), line -> false, false));
        resources.add(first);
        resources.add(second);
        first.awaitScript();
        second.awaitScript();

        assertThat(busy.get(10, TimeUnit.SECONDS).status()).isEqualTo(486);
        assertThat(requests).extracting(r -> r.connection().name()).containsExactlyInAnyOrder("out#1", "out#2");
        assertThat(requests).allSatisfy(r -> assertThat(r.connection().isOutbound()).isTrue());
        assertThat(client.connections()).hasSize(2);
        client.close();
        first.awaitClosed();
        second.awaitClosed();
    }

    @Test
    void outboundConnectionsOverTls() throws Exception {
        CompletableFuture<IncomingRequest> options = new CompletableFuture<>();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD);
        DrachtioClient client = DrachtioClient.builder()
                .outbound(new OutboundOptions("tls-out", "127.0.0.1", 0, SECRET,
                        SslContextBuilder.forServer(keys).build(), null, 0))
                .requestHandler(req -> {
                    options.complete(req);
                    req.response().send(200, r -> r.headers().add("X-App", "test")).onErrorComplete()
                            .subscribe();
                })
                .build();
        resources.add(0, client);
        client.start().block(WAIT);

        ScriptedPeer peer = ScriptedPeer.connectingTo(tlsContext().getSocketFactory(),
                client.outboundAddress().getPort(), new ScriptedPeer.Script(WireTrace.load("uas-options-200").frames(),
                        Set.of(2, 3), line -> false, false));
        resources.add(peer);
        peer.awaitScript();
        assertThat(options.get(10, TimeUnit.SECONDS).connection().name()).isEqualTo("tls-out#1");
    }

    @Test
    void stopDrainsWaitsForInFlightTransactionsThenCloses() throws Exception {
        ScriptedPeer peer = listen(plainServer(), new ScriptedPeer.Script(WireTrace.load("uas-invite-486").frames(),
                Set.of(), line -> line.endsWith("|remove_route|invite"), false));
        CompletableFuture<IncomingRequest> invite = new CompletableFuture<>();
        DrachtioClient client = DrachtioClient.builder()
                .connection(options("loopback", peer.port(), null, ReconnectPolicy.NEVER, PingPolicy.DISABLED)
                        .build())
                .route("invite").requestHandler(invite::complete).build();
        resources.add(0, client);
        client.start().block(WAIT);
        IncomingRequest request = invite.get(10, TimeUnit.SECONDS);
        assertThat(client.inFlightTransactions()).isEqualTo(1);

        CompletableFuture<Void> stopped = client.stop(WAIT).toFuture();
        assertThat(stopped).isNotDone();
        request.response().send(180).flatMap(s -> request.response().send(486)).block(WAIT);
        stopped.get(10, TimeUnit.SECONDS);

        assertThat(client.isDrained()).isTrue();
        assertThat(client.inFlightTransactions()).isZero();
        assertThat(peer.extras()).singleElement().asString().endsWith("|remove_route|invite");
        peer.awaitClosed();
        assertThat(client.defaultConnection().state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void anUnreachableServerIsRetriedAsThePolicySaysThenGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket probe = plainServer()) {
            closedPort = probe.getLocalPort();
        }
        DrachtioClient client = client(closedPort, null, new ReconnectPolicy(Duration.ofMillis(10), 2.0,
                Duration.ofMillis(50), 2, 0.0), PingPolicy.DISABLED);
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        client.events().subscribe(events::add);

        assertThatThrownBy(() -> client.start().block(WAIT)).isInstanceOf(DrachtioClientException.class)
                .hasMessageContaining("could not connect to drachtio-server 127.0.0.1:" + closedPort);
        assertThat(events).extracting(e -> ((ConnectionEvent.Reconnecting) e).delay())
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        DrachtioConnection connection = client.defaultConnection();
        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(connection.lastError()).isNotBlank();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.contains("not reachable")).hasSize(2)
                .allMatch(m -> m.contains("retrying in"));
    }

    // ------------------------------------------------------------------ helpers

    /** What the apps of uas-invite-486 and uas-options-200 did: INVITE → 180 then 486, OPTIONS → 200. */
    private static Mono<SentResponse> answerLikeTheRecordedApps(IncomingRequest req) {
        if (req.method().equals("INVITE")) {
            return req.response().send(180).flatMap(s -> req.response().send(486));
        }
        return req.response().send(200, r -> r.headers().add("X-App", "test"));
    }

    /** Starts the client and returns its first {@code count} connection events. */
    private static List<ConnectionEvent> startAndCollectEvents(DrachtioClient client, int count) {
        Mono<List<ConnectionEvent>> events = client.events().take(count).collectList().cache();
        events.subscribe();
        client.start().block(WAIT);
        return events.block(WAIT);
    }

    private static List<WireTraceFrame> frames(String scenario, int from, int to) {
        return WireTrace.load(scenario).frames().subList(from, to);
    }

    private ScriptedPeer listen(ServerSocket server, ScriptedPeer.Script... scripts) {
        ScriptedPeer peer = new ScriptedPeer(server, List.of(scripts));
        resources.add(peer);
        return peer;
    }

    private static ServerSocket plainServer() throws Exception {
        return new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    private DrachtioClient client(int port, SSLContext tls, ReconnectPolicy reconnect, PingPolicy ping) {
        DrachtioClient client = DrachtioClient.builder()
                .connection(options("loopback", port, tls, reconnect, ping).tags(List.of("alpha", "beta")).build())
                .route("invite")
                .build();
        resources.add(0, client);
        return client;
    }

    /** The recorded auth-ok handshake carries the tags alpha,beta; the other traces none. */
    private static ConnectionOptions.Builder options(String name, int port, SSLContext tls, ReconnectPolicy reconnect,
            PingPolicy ping) {
        ConnectionOptions.Builder builder = ConnectionOptions.builder("127.0.0.1", port, SECRET).name(name)
                .reconnect(reconnect).ping(ping);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder;
    }

    /** A JDK SSL context with the loopback test certificate as key and as the only trusted certificate. */
    private static SSLContext tlsContext() throws Exception {
        KeyStore store = keyStore();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = ConnectionLifecycleTest.class.getResourceAsStream("/tls/loopback.p12")) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
