package io.drachtio.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off with jitter for reconnecting to a drachtio server.
 *
 * <p>The n-th attempt (n starting at 1) waits {@code min(maxDelay, initialDelay * multiplier^(n-1))},
 * randomised by up to {@code ±jitter} of that value.
 *
 * @param initialDelay delay before the first reconnect attempt
 * @param multiplier   factor applied to the delay after each failed attempt (at least 1)
 * @param maxDelay     upper bound of any delay
 * @param maxAttempts  attempts before giving up; {@code 0} or negative means never give up
 * @param jitter       random spread as a fraction of the delay, from 0 (none) to 1
 */
public record ReconnectPolicy(Duration initialDelay, double multiplier, Duration maxDelay, int maxAttempts,
        double jitter) {

    /** 150 ms initial delay, ×2 per attempt, at most 30 s, unlimited attempts, 25 % jitter. */
    public static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(Duration.ofMillis(150), 2.0, Duration.ofSeconds(30), 0, 0.25);

    /** No reconnection at all. */
    public static final ReconnectPolicy NEVER = new ReconnectPolicy(Duration.ZERO, 1.0, Duration.ZERO, -1, 0);

    /** Validates the values. */
    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("reconnect delays must not be negative");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("reconnect multiplier must be at least 1, was " + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("reconnect jitter must be between 0 and 1, was " + jitter);
        }
    }

    /** @return {@code true} when this policy never reconnects ({@link #NEVER}) */
    public boolean disabled() {
        return maxAttempts < 0;
    }
}
