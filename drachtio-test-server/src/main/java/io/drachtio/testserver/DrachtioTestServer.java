package io.drachtio.testserver;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.EventLoopRunner;
import io.drachtio.testserver.engine.OutgoingTransaction;
import io.drachtio.testserver.engine.ServerContext;
import io.drachtio.testserver.engine.ServerEngine;
import io.drachtio.testserver.engine.ServerSettings;
import io.drachtio.testserver.net.AdminListener;
import io.drachtio.testserver.net.ServerLoopThreads;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.Tokens;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.Source;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * An in-JVM drachtio-server for tests: it speaks the server side of the drachtio control
 * protocol over a real loopback socket (optionally TLS) and lets the test play the SIP network —
 * send requests to the application, answer the requests the application sends, script proxy
 * targets, push CDRs, drop connections — while it behaves like drachtio-server v0.9.10 in between
 * (transaction and dialog ids, header layout, the server's own 503/487/ACK/BYE, timers on a
 * {@linkplain TestClock test clock}).
 *
 * <pre>{@code
 * try (DrachtioTestServer server = DrachtioTestServer.builder().start()) {
 *     // connect the application to server.adminPort() with secret "cymru", then:
 *     server.awaitRoute("invite");
 *     NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
 *     SipResponse answer = call.awaitFinalResponse();
 *     call.sendAck();
 *     call.sendBye().awaitFinalResponse();
 * }
 * }</pre>
 *
 * <p>Every {@code await…} method waits at most the {@linkplain Builder#awaitTimeout(Duration)
 * await timeout} (default 5 s) and then fails with an {@link AssertionError} saying what it was
 * waiting for and what arrived instead. Never call an {@code await…} method from an application
 * callback that runs on the server's event loop.
 */
public final class DrachtioTestServer implements AutoCloseable {

    private final ServerSettings settings;
    private final EventLoopGroup group;
    private final ServerEngine engine;
    private final SimulatedNetwork network;
    private final AdminListener listener;
    private final SslContext outboundTls;
    private final SipEndpoint caller;
    private final InetSocketAddress boundAddress;

    private DrachtioTestServer(Builder builder) {
        this.settings = new ServerSettings(builder.secret, builder.version, builder.sipHost, builder.sipPort,
                builder.sipTransports, builder.requireAuthentication, builder.awaitTimeout,
                builder.farEndAnswersCancel, builder.maxFrameLength);
        this.group = new MultiThreadIoEventLoopGroup(1, new ServerLoopThreads(), NioIoHandler.newFactory());
        Tokens tokens = new Tokens(builder.seed == null ? new Random() : new Random(builder.seed));
        ServerContext context = new ServerContext(settings, builder.clock, tokens,
                new EventLoopRunner(group.next(), builder.awaitTimeout));
        this.engine = new ServerEngine(context);
        this.network = new SimulatedNetwork(engine, builder.awaitTimeout);
        this.listener = new AdminListener(group, engine, builder.tls, builder.maxFrameLength, builder.awaitTimeout);
        this.outboundTls = builder.outboundTls;
        this.caller = builder.caller;
        try {
            this.boundAddress = listener.bind(new InetSocketAddress(builder.adminHost, builder.adminPort));
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /**
     * Starts building a server.
     *
     * @return a builder with the defaults of the recorded traces (secret {@code cymru}, version
     *     {@code v0.9.10-1-g9c2dd4cb6a}, SIP on 127.0.0.1:5060 over tcp and udp, admin port chosen
     *     freely on 127.0.0.1)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a server with all defaults.
     *
     * @return the running server
     */
    public static DrachtioTestServer start() {
        return builder().start();
    }

    /**
     * Returns the admin (control) port applications connect to.
     *
     * @return the bound port
     */
    public int adminPort() {
        return boundAddress.getPort();
    }

    /**
     * Returns the admin host.
     *
     * @return the address the admin port is bound to
     */
    public String adminHost() {
        return boundAddress.getAddress().getHostAddress();
    }

    /**
     * Returns the SIP address the server pretends to listen on.
     *
     * @return e.g. {@code 127.0.0.1}
     */
    public String sipHost() {
        return settings.sipHost();
    }

    /**
     * Returns the SIP port the server pretends to listen on.
     *
     * @return e.g. {@code 5060}
     */
    public int sipPort() {
        return settings.sipPort();
    }

    /**
     * Returns the clock the server's timers and meta times run on.
     *
     * @return the test clock
     */
    public TestClock clock() {
        return engine.context().clock();
    }

    /**
     * Returns the time limit of every await.
     *
     * @return the await timeout
     */
    public Duration awaitTimeout() {
        return network.timeout();
    }

    // ---------------------------------------------------------------- connections

    /**
     * Returns every control connection the server has seen, open or closed.
     *
     * @return the connections, oldest first
     */
    public List<AppConnection> connections() {
        List<AppConnection> all = new ArrayList<>();
        for (ControlConnection connection : engine.context().connections().all()) {
            all.add(network.connection(connection));
        }
        return all;
    }

    /**
     * Waits for the next new control connection.
     *
     * @return the connection (possibly not authenticated yet)
     * @throws AssertionError when none is made within the await timeout
     */
    public AppConnection awaitConnection() {
        return network.connection(engine.context().connections().opened().take("a new connection", network.timeout()));
    }

    /**
     * Waits until an open connection has registered a verb with {@code route}, so that requests
     * of that kind will be delivered.
     *
     * @param verb the lower-case method or CDR kind, e.g. {@code invite} or {@code cdr:stop}
     * @return a connection registered for it
     * @throws AssertionError when no connection registers it within the await timeout
     */
    public AppConnection awaitRoute(String verb) {
        long deadline = System.nanoTime() + network.timeout().toNanos();
        while (true) {
            for (ControlConnection connection : engine.context().connections().open()) {
                if (connection.routes().contains(verb)) {
                    return network.connection(connection);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + network.timeout().toMillis() + " ms waiting for a "
                        + "connection routed for '" + verb + "'; connections: " + engine.context().connections().all());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a route '" + verb + "'", e);
            }
        }
    }

    /** Closes every open control connection from the server side. */
    public void dropAllConnections() {
        for (ControlConnection connection : engine.context().connections().open()) {
            connection.close();
        }
        for (ControlConnection connection : engine.context().connections().all()) {
            connection.awaitClosed(network.timeout().toMillis());
        }
    }

    /**
     * Switches answering {@code ping} on or off, to test an application's liveness checks.
     *
     * @param answer {@code false} to leave pings unanswered
     */
    public void answerPings(boolean answer) {
        engine.context().answerPings(answer);
    }

    /** Stops listening, so new connections are refused; open connections stay open. */
    public void refuseConnections() {
        listener.unbind();
    }

    /** Listens again on the same admin port after {@link #refuseConnections()} or {@link #stop()}. */
    public void acceptConnections() {
        if (!listener.isListening()) {
            listener.bind(boundAddress);
        }
    }

    /** Stops the server: stops listening and closes every connection (state is kept). */
    public void stop() {
        refuseConnections();
        dropAllConnections();
    }

    /** Starts listening again on the same admin port after {@link #stop()}. */
    public void restart() {
        acceptConnections();
    }

    /**
     * Opens a connection to an application that waits for the server (outbound mode, §7.3). The
     * application then authenticates on it; requests sent with
     * {@link NetworkRequest#sendTo(AppConnection)} reach it whatever its routes.
     *
     * @param host the application's host
     * @param port the application's port
     * @return the connection
     */
    public AppConnection connectTo(String host, int port) {
        Channel channel = listener.connect(new InetSocketAddress(host, port), outboundTls);
        ControlConnection connection = engine.context().connections().opened()
                .take("the outbound connection to " + host + ":" + port, c -> c.channel() == channel,
                        network.timeout());
        return network.connection(connection);
    }

    // ---------------------------------------------------------------- network to application

    /**
     * Starts a request from a simulated caller (by default at
     * {@link Builder#callerAddress(String, String, int) 127.0.0.1:5061 over UDP}).
     *
     * @param method     the method, e.g. {@code INVITE}
     * @param requestUri the Request-URI
     * @return a builder; {@link NetworkRequest#send()} sends it
     */
    public NetworkRequest request(String method, String requestUri) {
        return new NetworkRequest(network, engine.context().tokens(), caller, method, requestUri);
    }

    /**
     * Sends a request from the network, given as text exactly as it would arrive on the wire.
     * The server treats it like its SIP stack would: a new request is delivered to a routed
     * connection (or answered 503), an in-dialog request goes to the dialog's owner, an ACK or
     * CANCEL is matched to its INVITE. The sender's address is read from the top Via.
     *
     * @param request the complete request
     * @return the transaction, to follow what happened and the responses
     * @throws IllegalArgumentException when the text is not a SIP request with a Via
     */
    public NetworkTransaction sendRequest(String request) {
        return sendRequest(request.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request from the network, given as bytes.
     *
     * @param request the complete request
     * @return the transaction
     */
    public NetworkTransaction sendRequest(byte[] request) {
        return network.send(request.clone(), null);
    }

    /**
     * Sends a request from the network.
     *
     * @param request the request
     * @return the transaction
     */
    public NetworkTransaction sendRequest(SipRequest request) {
        return network.send(request.toBytes(), null);
    }

    // ---------------------------------------------------------------- application to network

    /**
     * Waits for the next request an application sent to the network.
     *
     * @return the request, for the test to answer as the far end
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitAppRequest() {
        return network.awaitRequest("a request from an application",
                sent -> sent.origin() == OutgoingTransaction.Origin.APPLICATION);
    }

    /**
     * Waits for the next request with a given method an application sent to the network; other
     * requests stay available.
     *
     * @param method the method, e.g. {@code INVITE}
     * @return the request
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitAppRequest(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return network.awaitRequest("a " + upper + " from an application",
                sent -> sent.origin() == OutgoingTransaction.Origin.APPLICATION && sent.method().equals(upper));
    }

    /**
     * Waits for the next request with a given method the server sent on its own (an ACK for a
     * failure response, a BYE after an ACK timeout, a forwarded or relayed request, a CANCEL to
     * a fork).
     *
     * @param method the method
     * @return the request
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitServerRequest(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return network.awaitRequest("a " + upper + " the server sent on its own",
                sent -> sent.origin() == OutgoingTransaction.Origin.SERVER && sent.method().equals(upper));
    }

    /**
     * Returns every request put on the network so far (by applications and by the server).
     *
     * @return the requests, oldest first
     */
    public List<AppRequest> networkRequests() {
        List<AppRequest> all = new ArrayList<>();
        for (OutgoingTransaction sent : engine.context().networkRequests().history()) {
            all.add(new AppRequest(network, sent));
        }
        return all;
    }

    // ---------------------------------------------------------------- proxy and CDRs

    /**
     * Scripts what a proxy destination answers (replacing an earlier script for it).
     *
     * @param destination the destination exactly as applications name it in {@code proxy}
     *                    commands, e.g. {@code sip:127.0.0.1:5171}
     * @return the script, to add answers to
     */
    public ProxyTarget proxyTarget(String destination) {
        return new ProxyTarget(engine.context().proxyTargets(), destination);
    }

    /**
     * Waits for the next proxy operation an application started.
     *
     * @return the operation
     * @throws AssertionError when none starts within the await timeout
     */
    public ProxyOperation awaitProxy() {
        return new ProxyOperation(network, engine.context().proxyRuns().take("a proxy command", network.timeout()));
    }

    /**
     * Pushes a CDR to one connection registered for its kind.
     *
     * @param kind   attempt, start or stop
     * @param source who produced the SIP message
     * @param detail the role (start) or reason (stop); ignored for attempt
     * @param sip    the SIP message attached
     * @return {@code true} when a registered connection got it
     */
    public boolean sendCdr(CdrKind kind, Source source, String detail, String sip) {
        byte[] bytes = sip.getBytes(StandardCharsets.UTF_8);
        return network.onLoop(() -> engine.cdrs().emit(kind, source, detail, bytes));
    }

    /** Stops the server and releases its thread. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return "DrachtioTestServer[admin=" + adminHost() + ":" + adminPort() + ", " + settings + "]";
    }

    /** Builder of {@link DrachtioTestServer}; {@link #start()} binds the admin port. */
    public static final class Builder {

        private String secret = "cymru";
        private String adminHost = "127.0.0.1";
        private int adminPort;
        private String version = "v0.9.10-1-g9c2dd4cb6a";
        private String sipHost = "127.0.0.1";
        private int sipPort = 5060;
        private List<String> sipTransports = List.of("tcp", "udp");
        private SslContext tls;
        private SslContext outboundTls;
        private boolean requireAuthentication;
        private TestClock clock = TestClock.startingNow();
        private Duration awaitTimeout = Duration.ofSeconds(5);
        private boolean farEndAnswersCancel = true;
        private int maxFrameLength = 99_999;
        private SipEndpoint caller = new SipEndpoint("udp", "127.0.0.1", 5061);
        private Long seed;

        private Builder() {
        }

        /**
         * Sets the shared secret (default {@code cymru}).
         *
         * @param value the secret
         * @return this builder
         */
        public Builder secret(String value) {
            this.secret = value;
            return this;
        }

        /**
         * Sets the admin address (default 127.0.0.1, port 0 = a free port).
         *
         * @param host the host to bind
         * @param port the port, or 0
         * @return this builder
         */
        public Builder adminAddress(String host, int port) {
            this.adminHost = host;
            this.adminPort = port;
            return this;
        }

        /**
         * Sets the version reported by {@code authenticate} (default
         * {@code v0.9.10-1-g9c2dd4cb6a}).
         *
         * @param value the version string
         * @return this builder
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Sets the SIP address the server pretends to listen on (default 127.0.0.1:5060).
         *
         * @param host the host
         * @param port the port
         * @return this builder
         */
        public Builder sipAddress(String host, int port) {
            this.sipHost = host;
            this.sipPort = port;
            return this;
        }

        /**
         * Sets the SIP transports listed in the {@code authenticate} reply, in that order
         * (default {@code tcp, udp}, as the real server lists them).
         *
         * @param transports e.g. {@code "udp", "tcp", "tls"}
         * @return this builder
         */
        public Builder sipTransports(String... transports) {
            this.sipTransports = List.of(transports);
            return this;
        }

        /**
         * Makes the admin port speak TLS.
         *
         * @param serverContext a server-side context, e.g.
         *                      {@link io.drachtio.testserver.tls.TestTls#serverContext()}
         * @return this builder
         */
        public Builder tls(SslContext serverContext) {
            this.tls = serverContext;
            return this;
        }

        /**
         * Makes outbound connections ({@link DrachtioTestServer#connectTo}) speak TLS.
         *
         * @param clientContext a client-side context
         * @return this builder
         */
        public Builder outboundTls(SslContext clientContext) {
            this.outboundTls = clientContext;
            return this;
        }

        /**
         * Refuses every command before a successful {@code authenticate} with
         * {@code NO|authentication required} and closes (default off, like the real server).
         *
         * @param required {@code true} to enforce authentication
         * @return this builder
         */
        public Builder requireAuthentication(boolean required) {
            this.requireAuthentication = required;
            return this;
        }

        /**
         * Sets the clock (default: a test clock standing at the current time).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(TestClock value) {
            this.clock = value;
            return this;
        }

        /**
         * Sets how long every await waits (default 5 s).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder awaitTimeout(Duration value) {
            this.awaitTimeout = value;
            return this;
        }

        /**
         * Sets whether a simulated far end answers an application's CANCEL by itself (200 to the
         * CANCEL, then 487 to the INVITE; the default) or leaves it to the test.
         *
         * @param answer {@code false} to answer CANCELs in the test
         * @return this builder
         */
        public Builder farEndAnswersCancel(boolean answer) {
            this.farEndAnswersCancel = answer;
            return this;
        }

        /**
         * Sets the largest frame accepted from applications (default 99 999 bytes, the most a
         * 5-digit length prefix can say; the real server drops a connection sending more digits).
         *
         * @param bytes the limit
         * @return this builder
         */
        public Builder maxFrameLength(int bytes) {
            this.maxFrameLength = bytes;
            return this;
        }

        /**
         * Sets where simulated callers of {@link DrachtioTestServer#request} are (default
         * 127.0.0.1:5061 over UDP).
         *
         * @param protocol {@code udp} or {@code tcp}
         * @param host     the host
         * @param port     the port
         * @return this builder
         */
        public Builder callerAddress(String protocol, String host, int port) {
            this.caller = new SipEndpoint(protocol, host, port);
            return this;
        }

        /**
         * Seeds the generator of tags, branches and ids, for reproducible runs.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder randomSeed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server, listening on its admin port
         */
        public DrachtioTestServer start() {
            return new DrachtioTestServer(this);
        }
    }
}
