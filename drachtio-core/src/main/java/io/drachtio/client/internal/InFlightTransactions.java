package io.drachtio.client.internal;

import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Counts the incoming transactions that were delivered and not yet finally answered, proxied,
 * cancelled or lost with their connection; lets a graceful stop wait until none is left. Counting is
 * a plain synchronized counter; the signal a waiting stop needs exists only while someone waits.
 */
final class InFlightTransactions {

    private int count;
    private Sinks.Empty<Void> drained;

    /** One more transaction is in flight. */
    public synchronized void enter() {
        count++;
    }

    /** One transaction left (each transaction calls this at most once). */
    public synchronized void leave() {
        if (--count <= 0 && drained != null) {
            drained.tryEmitEmpty();
            drained = null;
        }
    }

    /** @return the number of transactions in flight */
    public synchronized int count() {
        return count;
    }

    /**
     * @param grace the longest wait
     * @return completes once no transaction is in flight (checked when subscribed), or after {@code grace},
     *         whichever comes first
     */
    public Mono<Void> awaitNone(Duration grace) {
        return Mono.defer(this::untilDrained).timeout(grace, Mono.empty());
    }

    private synchronized Mono<Void> untilDrained() {
        if (count <= 0) {
            return Mono.empty();
        }
        if (drained == null) {
            drained = Sinks.empty();
        }
        return drained.asMono();
    }
}
