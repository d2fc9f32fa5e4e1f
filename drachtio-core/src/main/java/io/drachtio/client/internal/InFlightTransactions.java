package io.drachtio.client.internal;

import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Counts the incoming transactions that were delivered and not yet finally answered, proxied,
 * cancelled or lost with their connection; lets a graceful stop wait until none is left.
 */
final class InFlightTransactions {

    private final Sinks.Many<Integer> counts = Sinks.many().replay().latest();
    private int count;

    /** Creates the counter at zero. */
    public InFlightTransactions() {
        counts.tryEmitNext(0);
    }

    /** One more transaction is in flight. */
    public synchronized void enter() {
        counts.tryEmitNext(++count);
    }

    /** One transaction left (each transaction calls this at most once). */
    public synchronized void leave() {
        counts.tryEmitNext(--count);
    }

    /** @return the number of transactions in flight */
    public synchronized int count() {
        return count;
    }

    /**
     * @param grace the longest wait
     * @return completes once no transaction is in flight, or after {@code grace}, whichever comes first
     */
    public Mono<Void> awaitNone(Duration grace) {
        return counts.asFlux().filter(c -> c <= 0).next().then()
                .timeout(grace, Mono.empty());
    }
}
