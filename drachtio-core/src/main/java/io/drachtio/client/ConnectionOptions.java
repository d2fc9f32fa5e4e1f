package io.drachtio.client;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach and talk to one drachtio server in inbound mode (the application connects to the
 * server's admin port). Immutable; build one with {@link #builder(String, int, String)}.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param name           a name for this server, unique within a client (logs, metrics, look-ups)
 * @param host           host name or address of the drachtio server's admin port
 * @param port           the admin port (drachtio-server's current default is 9022; servers before
 *                       v0.8 used 8022)
 * @param secret         the shared secret of the admin port
 * @param tags           tags sent with {@code authenticate} (used by the server's HTTP routing)
 * @param sslContext     TLS settings, or {@code null} for plain TCP; kept on every reconnect
 * @param reconnect      reconnect back-off
 * @param ping           liveness checking
 * @param connectTimeout TCP connect timeout
 * @param replyTimeout   how long a command waits for the server's reply before failing (does not
 *                       apply to the responses of a SIP request or to a running proxy operation,
 *                       which last as long as SIP says)
 * @param maxFrameLength the largest frame accepted from the server, in bytes
 */
public record ConnectionOptions(String name, String host, int port, String secret, List<String> tags,
        SslContext sslContext, ReconnectPolicy reconnect, PingPolicy ping, Duration connectTimeout,
        Duration replyTimeout, int maxFrameLength) {

    /** 1 MiB: the default largest accepted frame. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 1 << 20;

    /** Validates the values and copies the tags. */
    public ConnectionOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the drachtio secret must not be empty");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        reconnect = reconnect == null ? ReconnectPolicy.DEFAULT : reconnect;
        ping = ping == null ? PingPolicy.DEFAULT : ping;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        replyTimeout = replyTimeout == null ? Duration.ofSeconds(30) : replyTimeout;
        if (maxFrameLength <= 0) {
            maxFrameLength = DEFAULT_MAX_FRAME_LENGTH;
        }
    }

    /**
     * Starts a builder with defaults for everything else (name {@code host:port}).
     *
     * @param host   drachtio server host
     * @param port   its admin port
     * @param secret the shared secret
     * @return a builder
     */
    public static Builder builder(String host, int port, String secret) {
        return new Builder(host, port, secret);
    }

    /** @return {@code host:port} of the admin port */
    public String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "ConnectionOptions[name=" + name + ", address=" + address() + ", secret=****, tags=" + tags
                + ", tls=" + (sslContext != null) + ", reconnect=" + reconnect + ", ping=" + ping + "]";
    }

    /** Builder of {@link ConnectionOptions}. */
    public static final class Builder {
        private String name;
        private final String host;
        private final int port;
        private final String secret;
        private List<String> tags = List.of();
        private SslContext sslContext;
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULT;
        private PingPolicy ping = PingPolicy.DEFAULT;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration replyTimeout = Duration.ofSeconds(30);
        private int maxFrameLength = DEFAULT_MAX_FRAME_LENGTH;

        private Builder(String host, int port, String secret) {
            this.host = host;
            this.port = port;
            this.secret = secret;
        }

        /** @param name the connection's name @return this builder */
        public Builder name(String name) { this.name = name; return this; }

        /** @param tags tags for {@code authenticate} @return this builder */
        public Builder tags(List<String> tags) { this.tags = tags; return this; }

        /** @param sslContext TLS settings (client mode) or {@code null} @return this builder */
        public Builder sslContext(SslContext sslContext) { this.sslContext = sslContext; return this; }

        /**
         * Uses a JDK {@link javax.net.ssl.SSLContext} (for example from a Spring SSL bundle).
         *
         * @param jdkContext an initialised JDK SSL context
         * @return this builder
         */
        public Builder sslContext(javax.net.ssl.SSLContext jdkContext) {
            this.sslContext = new io.netty.handler.ssl.JdkSslContext(jdkContext, true,
                    io.netty.handler.ssl.ClientAuth.NONE);
            return this;
        }

        /** @param reconnect back-off policy @return this builder */
        public Builder reconnect(ReconnectPolicy reconnect) { this.reconnect = reconnect; return this; }

        /** @param ping liveness policy @return this builder */
        public Builder ping(PingPolicy ping) { this.ping = ping; return this; }

        /** @param connectTimeout TCP connect timeout @return this builder */
        public Builder connectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; return this; }

        /** @param replyTimeout command reply timeout @return this builder */
        public Builder replyTimeout(Duration replyTimeout) { this.replyTimeout = replyTimeout; return this; }

        /** @param maxFrameLength largest accepted frame in bytes @return this builder */
        public Builder maxFrameLength(int maxFrameLength) { this.maxFrameLength = maxFrameLength; return this; }

        /** @return the options */
        public ConnectionOptions build() {
            return new ConnectionOptions(name != null ? name : host + ":" + port, host, port, secret, tags,
                    sslContext, reconnect, ping, connectTimeout, replyTimeout, maxFrameLength);
        }
    }
}
