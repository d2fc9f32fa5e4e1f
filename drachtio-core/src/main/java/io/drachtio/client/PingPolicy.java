package io.drachtio.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Liveness checking of a connection: a {@code ping} every {@code interval}; when its {@code pong}
 * has not arrived within {@code timeout}, the connection is considered dead, closed and
 * reconnected. Pings are only sent to servers of version v0.8.2 or newer.
 *
 * @param interval time between pings; {@link Duration#ZERO} disables pinging
 * @param timeout  how long to wait for the pong
 */
public record PingPolicy(Duration interval, Duration timeout) {

    /** A ping every 15 s, 5 s to answer. */
    public static final PingPolicy DEFAULT = new PingPolicy(Duration.ofSeconds(15), Duration.ofSeconds(5));

    /** No pings. */
    public static final PingPolicy DISABLED = new PingPolicy(Duration.ZERO, Duration.ZERO);

    /** Validates the values. */
    public PingPolicy {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (interval.isNegative() || timeout.isNegative()) {
            throw new IllegalArgumentException("ping interval and timeout must not be negative");
        }
    }

    /** @return {@code true} when pings are sent */
    public boolean enabled() {
        return !interval.isZero();
    }
}
