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

    private static final Scope ALREADY_ENTERED = () -> { };

    private final IncomingRequest request;
    private final Observation observation;
    private volatile Thread enteredOn;

    HandledRequest(IncomingRequest request, Observation observation) {
        this.request = request;
        this.observation = observation;
    }

    /**
     * Makes this request current on the calling thread: the observation's scope (when observed) and the
     * MDC values, until the scope is closed on the same thread. Entering again on the thread where it is
     * already current (the handler invoked inside the filters' scope) changes nothing.
     *
     * @return the scope
     */
    public Scope enter() {
        Thread thread = Thread.currentThread();
        if (enteredOn == thread) {
            return ALREADY_ENTERED;
        }
        Observation.Scope observed = observation.isNoop() ? null : observation.openScope();
        RequestMdc.Restore mdc = RequestMdc.put(request.callId(), request.transactionId());
        enteredOn = thread;
        return new Entered(observed, mdc, thread);
    }

    /** @param error why handling failed (recorded on the observation) */
    public void failed(Throwable error) {
        observation.error(error);
    }

    /** Handling completed: stops the observation, tagged with the final status sent by then. */
    public void stop() {
        observation.stop();
    }

    /**
     * Undoes one {@link #enter()}: the MDC values, the observation's scope, and the mark of the thread
     * (unless another thread entered meanwhile; then a later enter on this thread is a full one).
     */
    private final class Entered implements Scope {
        private final Observation.Scope observed;
        private final RequestMdc.Restore mdc;
        private final Thread thread;

        private Entered(Observation.Scope observed, RequestMdc.Restore mdc, Thread thread) {
            this.observed = observed;
            this.mdc = mdc;
            this.thread = thread;
        }

        @Override
        public void close() {
            if (enteredOn == thread) {
                enteredOn = null;
            }
            mdc.close();
            if (observed != null) {
                observed.close();
            }
        }
    }

    /** What {@link #enter()} returns: closing it undoes the entering. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        /** Leaves the request's context on this thread. */
        @Override
        void close();
    }
}
