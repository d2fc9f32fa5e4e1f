package io.drachtio.spring.observation;

import io.drachtio.client.IncomingRequest;
import io.micrometer.observation.Observation;

/**
 * The observation and log context of one request being handled: started when the request is
 * dispatched, {@linkplain #enter() entered} on each thread that runs its filters or handler (opening
 * the observation's scope and putting Call-ID and transaction id into the MDC), stopped when handling
 * completed. Thread-safe in the way the dispatcher uses it: entered on one thread at a time.
 */
public final class HandledRequest {

    private final IncomingRequest request;
    private final Observation observation;

    HandledRequest(IncomingRequest request, Observation observation) {
        this.request = request;
        this.observation = observation;
    }

    /**
     * Makes this request current on the calling thread: the observation's scope (when observed) and the
     * MDC values, until the scope is closed on the same thread.
     *
     * @return the scope
     */
    public Scope enter() {
        Observation.Scope observed = observation.isNoop() ? null : observation.openScope();
        RequestMdc.Restore mdc = RequestMdc.put(request.callId(), request.transactionId());
        return () -> {
            mdc.close();
            if (observed != null) {
                observed.close();
            }
        };
    }

    /** @param error why handling failed (recorded on the observation) */
    public void failed(Throwable error) {
        observation.error(error);
    }

    /** Handling completed: stops the observation, tagged with the final status sent by then. */
    public void stop() {
        observation.stop();
    }

    /** What {@link #enter()} returns: closing it undoes the entering. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        /** Leaves the request's context on this thread. */
        @Override
        void close();
    }
}
