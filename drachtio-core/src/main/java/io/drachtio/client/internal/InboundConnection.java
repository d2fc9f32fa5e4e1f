package io.drachtio.client.internal;

import io.drachtio.client.AuthenticationFailedException;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.ServerInfo;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.tcp.TcpClient;
import reactor.util.retry.Retry;

/**
 * A connection the application opens to a drachtio server's admin port and keeps open: connect
 * (with the same TLS settings every time), authenticate, route, ping; when the connection drops,
 * reconnect with the {@link io.drachtio.client.ReconnectPolicy} back-off and do it all again. A
 * refused secret stops everything: no retry loop.
 */
final class InboundConnection extends BaseConnection {

    private static final Logger LOG = LoggerFactory.getLogger(InboundConnection.class);

    private final ConnectionOptions options;
    private final ReconnectBackoff backoff;
    private final TcpClient tcpClient;
    private final Sinks.One<Void> firstReady = Sinks.one();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile int reconnectAttempts;
    private volatile boolean stopped;
    private volatile Disposable connecting;
    private volatile Session latestSession;

    /** A session that authenticated and routed, with what the server said about itself. */
    private record Established(Session session, ServerInfo info) {
    }

    InboundConnection(ConnectionOptions options, ClientContext context) {
        super(options.name(), false, context);
        this.options = options;
        this.backoff = new ReconnectBackoff(options.reconnect());
        TcpClient client = TcpClient.create()
                .host(options.host())
                .port(options.port())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        options.connectTimeout().toMillis()))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .doOnChannelInit((observer, channel, address) -> ConnectionPipeline.install(channel,
                        options.maxFrameLength(), new Session(channel, this, context, options.replyTimeout())));
        if (options.sslContext() != null) {
            client = client.secure(spec -> spec.sslContext(options.sslContext()));
        }
        this.tcpClient = client;
    }

    @Override
    public String remoteAddress() {
        return options.address();
    }

    @Override
    public int reconnectAttempts() {
        return reconnectAttempts;
    }

    @Override
    Duration replyTimeout() {
        return options.replyTimeout();
    }

    /**
     * Connects for the first time.
     *
     * @return completes when the connection is ready; fails on a refused secret, or when the policy
     *         gives up reconnecting
     */
    Mono<Void> start() {
        if (started.compareAndSet(false, true)) {
            connect(null);
        }
        return firstReady.asMono();
    }

    /** Closes the connection for good; pending operations fail with a lost connection. */
    void stop() {
        stopped = true;
        Disposable attempt = connecting;
        if (attempt != null) {
            attempt.dispose();
        }
        Session current = latestSession;
        if (current != null) {
            current.close("client closed");
        }
        state(ConnectionState.CLOSED);
        firstReady.tryEmitError(new DrachtioClientException("connection " + name()
                + " was closed before it was ready"));
    }

    /** @param lostReason {@code null} for the first connect, else why the previous session ended */
    private void connect(String lostReason) {
        if (stopped) {
            return;
        }
        // only the connect is retried: the wait after a loss happens once, not again before every retry
        Mono<Established> attempts = Mono.defer(this::connectOnce)
                .retryWhen(Retry.from(signals -> signals.concatMap(signal -> nextAttempt(signal.failure(), true))));
        if (lostReason != null) {
            attempts = Mono.defer(() -> nextAttempt(new DrachtioClientException(lostReason), false)).then(attempts);
        }
        connecting = attempts.subscribe(this::onReady, this::onGaveUp);
    }

    private Mono<Established> connectOnce() {
        if (stopped) {
            return Mono.error(new DrachtioClientException("connection " + name() + " was closed"));
        }
        state(ConnectionState.CONNECTING);
        return tcpClient.connect().flatMap(connection -> {
            Session session = Session.of(connection.channel());
            latestSession = session;
            ConnectionPipeline.reading(connection.inbound()).subscribe(done -> { }, error -> { });
            state(ConnectionState.AUTHENTICATING);
            return Handshake.authenticate(session, options.secret(), options.tags())
                    .flatMap(info -> Handshake.route(session, context().routes().active()).thenReturn(info))
                    .map(info -> new Established(session, info))
                    .onErrorResume(error -> {
                        session.close(describe(error));
                        return Mono.error(error);
                    });
        });
    }

    /**
     * @param failure       why another attempt is needed
     * @param connectFailed {@code true} when a connection attempt failed, {@code false} after a loss
     * @return the delay before the attempt, or the failure when no attempt follows
     */
    private Mono<Long> nextAttempt(Throwable failure, boolean connectFailed) {
        String reason = describe(failure);
        lastError(reason);
        if (stopped || failure instanceof AuthenticationFailedException || backoff.exhausted(reconnectAttempts)) {
            return Mono.error(failure);
        }
        int attempt = ++reconnectAttempts;
        Duration delay = backoff.delay(attempt);
        state(ConnectionState.RECONNECTING);
        context().events().publish(new ConnectionEvent.Reconnecting(this, attempt, delay));
        if (connectFailed) {
            LOG.warn("drachtio-server {} not reachable, retrying in {} (attempt {}, connection {}: {})",
                    options.address(), Durations.format(delay), attempt, name(), reason);
        } else {
            LOG.info("reconnecting to drachtio-server {} ({}) in {}", options.address(), name(),
                    Durations.format(delay));
        }
        return Mono.delay(delay);
    }

    private void onReady(Established established) {
        Session session = established.session();
        ServerInfo info = established.info();
        reconnectAttempts = 0;
        LOG.info("connected to drachtio-server {} ({}), version {}{}", options.address(), name(),
                info.version() == null ? "unknown" : info.version(), options.sslContext() != null ? ", TLS" : "");
        ready(session, info);
        firstReady.tryEmitEmpty();
        session.whenClosed(reason -> onSessionClosed(session, reason));
        if (options.ping().enabled() && info.versionAtLeast(0, 8, 2)) {
            session.startPings(options.ping().interval(), options.ping().timeout());
        }
    }

    private void onSessionClosed(Session session, String reason) {
        if (stopped) {
            disconnected(session, reason);
            state(ConnectionState.CLOSED);
            return;
        }
        LOG.warn("lost the connection to drachtio-server {} ({}): {}", options.address(), name(), reason);
        disconnected(session, reason);
        if (backoff.exhausted(0)) {
            state(ConnectionState.CLOSED);
            return;
        }
        connect(reason);
    }

    private void onGaveUp(Throwable error) {
        if (error instanceof AuthenticationFailedException refused) {
            LOG.warn("drachtio-server {} ({}) refused authentication: {}; check the configured secret (not retrying)",
                    options.address(), name(), refused.reason());
            state(ConnectionState.AUTHENTICATION_FAILED);
            context().events().publish(new ConnectionEvent.AuthenticationFailed(this, refused.reason()));
            firstReady.tryEmitError(error);
            return;
        }
        state(ConnectionState.CLOSED);
        if (!stopped) {
            LOG.warn("giving up on drachtio-server {} ({}): {}", options.address(), name(), describe(error));
        }
        firstReady.tryEmitError(error instanceof DrachtioClientException ? error
                : new DrachtioClientException("could not connect to drachtio-server " + options.address() + " ("
                        + name() + "): " + describe(error), error));
    }

    private static String describe(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }
}
