package io.drachtio.client.internal;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionLostException;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ServerInfo;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * What inbound and outbound connections have in common: name, state, the server's self-description,
 * the current {@link Session} and the operations that go through it.
 */
abstract class BaseConnection implements DrachtioConnection {

    private final String name;
    private final boolean outbound;
    private final ClientContext context;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile ServerInfo serverInfo;
    private volatile String lastError;
    private volatile Session session;

    BaseConnection(String name, boolean outbound, ClientContext context) {
        this.name = name;
        this.outbound = outbound;
        this.context = context;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isOutbound() {
        return outbound;
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public ServerInfo serverInfo() {
        return serverInfo;
    }

    @Override
    public String lastError() {
        return lastError;
    }

    @Override
    public int reconnectAttempts() {
        return 0;
    }

    @Override
    public ClientTransaction request(OutgoingRequest request) {
        Objects.requireNonNull(request, "request");
        Session current = openSession();
        if (current == null) {
            return new FailedTransaction(new ConnectionLostException(name,
                    "sending " + request.method() + " (not connected)"));
        }
        return DefaultClientTransaction.start(current, request);
    }

    @Override
    public Mono<Duration> ping() {
        Session current = openSession();
        if (current == null) {
            return Mono.error(new ConnectionLostException(name, "sending 'ping' (not connected)"));
        }
        ServerInfo info = serverInfo;
        if (info != null && !info.versionAtLeast(0, 8, 2)) {
            return Mono.error(new DrachtioClientException("drachtio server (" + name + ") version " + info.version()
                    + " does not support ping (needs v0.8.2 or newer)"));
        }
        return current.ping(replyTimeout());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + " " + remoteAddress() + " " + state + "]";
    }

    /** @return how long commands wait for their reply */
    abstract Duration replyTimeout();

    ClientContext context() {
        return context;
    }

    /** @return the session when it is open and ready, else {@code null} */
    Session openSession() {
        Session current = session;
        return current != null && current.isOpen() && state == ConnectionState.READY ? current : null;
    }

    void state(ConnectionState newState) {
        if (state != newState) {
            state = newState;
            context.observer().notify(o -> o.stateChanged(name, newState));
        }
    }

    void lastError(String error) {
        lastError = error;
    }

    /** The session authenticated (and routed): traffic may flow. */
    void ready(Session newSession, ServerInfo info) {
        session = newSession;
        serverInfo = info;
        state(ConnectionState.READY);
        context.events().publish(new ConnectionEvent.Connected(this, info));
    }

    /** The ready session closed. */
    void disconnected(Session closed, String reason) {
        if (session == closed) {
            session = null;
        }
        lastError = reason;
        context.events().publish(new ConnectionEvent.Disconnected(this, reason));
    }
}
