package io.drachtio.client.internal;

import io.drachtio.client.ReconnectPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delays of a {@link ReconnectPolicy}: attempt n (from 1) waits
 * {@code min(maxDelay, initialDelay * multiplier^(n-1))}, spread by a random factor in
 * {@code [1 - jitter, 1 + jitter]} and never more than {@code maxDelay}.
 */
final class ReconnectBackoff {

    private final ReconnectPolicy policy;

    ReconnectBackoff(ReconnectPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param attempt the attempt number, from 1
     * @return the delay before it, with fresh randomness
     */
    Duration delay(int attempt) {
        return delay(attempt, ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param attempt the attempt number, from 1
     * @param random  a number in {@code [0, 1)} choosing the jitter ({@code 0.5} means none)
     * @return the delay before it
     */
    Duration delay(int attempt, double random) {
        double max = policy.maxDelay().toNanos();
        double base = policy.initialDelay().toNanos() * Math.pow(policy.multiplier(), Math.max(0, attempt - 1));
        base = Math.min(base, max);
        double spread = base * (1 + policy.jitter() * (2 * random - 1));
        return Duration.ofNanos((long) Math.max(0, Math.min(max, spread)));
    }

    /**
     * @param attemptsMade reconnect attempts made so far
     * @return {@code true} when the policy allows no further attempt
     */
    boolean exhausted(int attemptsMade) {
        return policy.disabled() || (policy.maxAttempts() > 0 && attemptsMade >= policy.maxAttempts());
    }
}
