package io.drachtio.client;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.Objects;

/**
 * Outbound mode: the application listens and drachtio-server connects to it, one connection per
 * routed call (reference §7.3). Each accepted connection authenticates with the secret like an
 * inbound one and then receives the pending request. {@link #toString()} never shows the secret.
 *
 * @param name           a name for the listener (logs, metrics); accepted connections are named
 *                       {@code name#n}
 * @param host           local address to bind
 * @param port           local port to bind; {@code 0} picks a free port
 * @param secret         the shared secret sent with {@code authenticate}
 * @param sslContext     server-side TLS settings, or {@code null} for plain TCP
 * @param replyTimeout   how long a command waits for the server's reply
 * @param maxFrameLength the largest frame accepted from a server, in bytes
 */
public record OutboundOptions(String name, String host, int port, String secret, SslContext sslContext,
        Duration replyTimeout, int maxFrameLength) {

    /** Validates the values and fills defaults. */
    public OutboundOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the drachtio secret must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        replyTimeout = replyTimeout == null ? Duration.ofSeconds(30) : replyTimeout;
        if (maxFrameLength <= 0) {
            maxFrameLength = ConnectionOptions.DEFAULT_MAX_FRAME_LENGTH;
        }
    }

    /**
     * @param host   local address to bind
     * @param port   local port ({@code 0} for any free port)
     * @param secret the shared secret
     * @return options with defaults for the rest
     */
    public static OutboundOptions of(String host, int port, String secret) {
        return new OutboundOptions("outbound", host, port, secret, null, null, 0);
    }

    @Override
    public String toString() {
        return "OutboundOptions[name=" + name + ", listen=" + host + ":" + port + ", secret=****, tls="
                + (sslContext != null) + "]";
    }
}
