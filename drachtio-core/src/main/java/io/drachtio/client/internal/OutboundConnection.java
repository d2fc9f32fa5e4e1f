package io.drachtio.client.internal;

import io.drachtio.client.AuthenticationFailedException;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.OutboundOptions;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection a drachtio server opened to the application's outbound listener (reference §7.3):
 * the application authenticates (the server waits for it), then the server pushes the pending
 * request, which goes to the client's request handler like any other. No routes, no pings, no
 * reconnect: when it closes it is gone.
 */
final class OutboundConnection extends BaseConnection {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundConnection.class);

    private final OutboundOptions options;
    private final Consumer<OutboundConnection> onReady;
    private final Consumer<OutboundConnection> onClosed;
    private volatile String remoteAddress = "unknown";

    OutboundConnection(String name, OutboundOptions options, ClientContext context,
            Consumer<OutboundConnection> onReady, Consumer<OutboundConnection> onClosed) {
        super(name, true, context);
        this.options = options;
        this.onReady = onReady;
        this.onClosed = onClosed;
        state(ConnectionState.AUTHENTICATING);
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    Duration replyTimeout() {
        return options.replyTimeout();
    }

    /**
     * The server connected: authenticate.
     *
     * @param session the new session
     */
    void begin(Session session) {
        SocketAddress peer = session.channel().remoteAddress();
        if (peer != null) {
            remoteAddress = peer.toString();
        }
        session.whenClosed(reason -> closed(session, reason));
        Handshake.authenticate(session, options.secret(), List.of()).subscribe(info -> {
            ready(session, info);
            LOG.info("drachtio-server {} connected to outbound listener {} ({}), version {}", remoteAddress,
                    options.name(), name(), info.version());
            onReady.accept(this);
        }, error -> refused(session, error));
    }

    private void refused(Session session, Throwable error) {
        if (error instanceof AuthenticationFailedException refused) {
            state(ConnectionState.AUTHENTICATION_FAILED);
            context().events().publish(new ConnectionEvent.AuthenticationFailed(this, refused.reason()));
            LOG.warn("drachtio-server {} refused the authentication of outbound connection {}: {}; check the "
                    + "configured secret", remoteAddress, name(), refused.reason());
        } else {
            LOG.warn("outbound connection {} from {} failed to authenticate: {}", name(), remoteAddress,
                    error.getMessage());
        }
        lastError(error.getMessage());
        session.close(error.getMessage());
    }

    private void closed(Session session, String reason) {
        boolean wasReady = state() == ConnectionState.READY;
        if (state() != ConnectionState.AUTHENTICATION_FAILED) {
            state(ConnectionState.CLOSED);
        }
        if (wasReady) {
            disconnected(session, reason);
            LOG.info("outbound connection {} from {} closed: {}", name(), remoteAddress, reason);
        }
        onClosed.accept(this);
    }

    /** Closes the connection (client shutdown). */
    void close() {
        Session current = openSession();
        if (current != null) {
            current.close("client closed");
        }
    }
}
