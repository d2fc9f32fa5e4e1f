package io.drachtio.client.internal;

import io.drachtio.client.ConnectionEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Publishes {@link ConnectionEvent}s to whoever listens at the moment (hot, no replay). Emitting
 * never blocks: subscribers that cannot keep up miss events instead of slowing the event loops.
 */
final class EventPublisher {

    private final Sinks.Many<ConnectionEvent> sink = Sinks.many().multicast().directBestEffort();

    /** @param event the event to publish */
    public void publish(ConnectionEvent event) {
        // Sinks must not be entered concurrently; connections emit from different event loops.
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    /** @return the events, as they happen */
    public Flux<ConnectionEvent> events() {
        return sink.asFlux();
    }

    /** Completes the stream (when the client is closed). */
    public void complete() {
        synchronized (sink) {
            sink.tryEmitComplete();
        }
    }
}
