package io.drachtio.spring.dispatch;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestHandler;
import io.drachtio.spring.bind.SipExchange;
import io.drachtio.spring.filter.OrderedFilterChain;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.drachtio.spring.mapping.SipHandlerRegistry;
import io.drachtio.spring.observation.HandledRequest;
import io.drachtio.spring.observation.SipRequestObservations;
import io.drachtio.spring.reply.SipReply;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The {@link RequestHandler} of the application's client: picks the handler of each delivered request,
 * runs the filters and the handler, handles the return value or failure and makes sure every request
 * (except ACK and unsolicited ones) gets exactly one final response.
 *
 * <p>Execution model: requests of one Call-ID are dispatched in arrival order, each after the previous
 * one's handler returned. A handler whose return type is asynchronous ({@code Mono}, {@code Flux},
 * {@code CompletionStage}, …) is invoked — after the filters — on the event-loop thread that delivered
 * the request when nothing else of its Call-ID is running or waiting, otherwise on the dispatcher
 * executor; it must not block. Every other handler, and requests no handler matches, run on the
 * dispatcher executor. When that executor refuses work the request is answered
 * {@code 503 Service Unavailable}.
 *
 * <p>Each request is observed from dispatch until its handling completed (see
 * {@link SipRequestObservations}); while its filters and handler run, the thread's MDC holds its Call-ID
 * and transaction id.
 */
public final class SipDispatcher implements RequestHandler {

    private static final Logger log = LoggerFactory.getLogger(SipDispatcher.class);

    private final SipHandlerRegistry registry;
    private final OrderedFilterChain filters;
    private final ReturnValueProcessor results;
    private final FailureResponder failures;
    private final DispatcherExecutor executor;
    private final CallIdSerialExecutor serial;
    private final SipRequestObservations observations;
    private volatile Map<SipHandlerMapping, Bound> handlers = Map.of();

    /**
     * @param registry the handler mappings
     * @param filters  the filter chain
     * @param results  handles return values
     * @param failures answers failures
     * @param executor     runs blocking handlers
     * @param observations observes each handled request and puts its ids into the MDC while its filters and
     *                     handler run
     */
    public SipDispatcher(SipHandlerRegistry registry, OrderedFilterChain filters, ReturnValueProcessor results,
            FailureResponder failures, DispatcherExecutor executor, SipRequestObservations observations) {
        this.registry = registry;
        this.filters = filters;
        this.results = results;
        this.failures = failures;
        this.executor = executor;
        this.serial = new CallIdSerialExecutor(executor);
        this.observations = observations;
    }

    /** @param bound the handlers, bound to their beans at start-up */
    public void bind(Collection<SipHandler> bound) {
        Map<SipHandlerMapping, Bound> byMapping = new IdentityHashMap<>();
        for (SipHandler handler : bound) {
            byMapping.put(handler.mapping(), new Bound(handler, results.plan(handler.method())));
        }
        this.handlers = byMapping;
    }

    /** @return the registry of handler mappings */
    public SipHandlerRegistry registry() {
        return registry;
    }

    /** @return Call-IDs currently being dispatched (a request running or waiting) */
    public int activeCalls() {
        return serial.activeKeys();
    }

    @Override
    public void handle(IncomingRequest request) {
        Bound bound;
        String callId;
        try {
            SipHandlerMapping mapping = registry.lookup(request.message());
            bound = mapping == null ? null : handlers.get(mapping);
            callId = request.callId();
        } catch (RuntimeException ex) {
            log.warn("cannot dispatch {}: {}", request.method(), ex.toString());
            FailureResponder.sendIfAnswerable(request, SipReply.status(400, "Bad Request"));
            return;
        }
        SipHandler handler = bound != null ? bound.handler() : null;
        SipHandlerMapping mapping = handler != null ? handler.mapping() : null;
        SipExchange exchange = new SipExchange(request, mapping);
        serial.execute(callId != null ? callId : "", new RequestTask(exchange, bound,
                observations.start(request, mapping)), handler != null && handler.reactive());
    }

    /** A handler with the handling of its return values, decided at start-up. */
    private record Bound(SipHandler handler, ReturnValuePlan returns) {
    }

    private final class RequestTask implements CallIdSerialExecutor.SerialTask {
        private final SipExchange exchange;
        private final SipHandler handler;
        private final ReturnValuePlan returns;
        private final HandledRequest handled;

        private RequestTask(SipExchange exchange, Bound bound, HandledRequest handled) {
            this.exchange = exchange;
            this.handler = bound != null ? bound.handler() : null;
            this.returns = bound != null ? bound.returns() : null;
            this.handled = handled;
        }

        /**
         * Runs filters and handler. When they completed at once ({@code Mono.empty()} itself comes back: a
         * handler without filters whose value was handled synchronously) the rest runs directly, in the same
         * order as the reactive chain it replaces.
         */
        @Override
        public void run(Runnable done) {
            IncomingRequest request = exchange.request();
            try (HandledRequest.Scope scope = handled.enter()) {
                Mono<Void> handling = filters.run(request, r -> invokeAnsweringFailures(done));
                if (handling == Mono.<Void>empty()) {
                    finishNow(request, done);
                    return;
                }
                handling.onErrorResume(error -> respond(null, error))
                        .then(Mono.fromRunnable(this::answerIfUnanswered))
                        .doFinally(signal -> {
                            handled.stop();
                            done.run();
                        })
                        .subscribe(null, error -> dispatchFailed(request, error));
            }
        }

        private void finishNow(IncomingRequest request, Runnable done) {
            try {
                answerIfUnanswered();
            } catch (RuntimeException error) {
                dispatchFailed(request, error);
            } finally {
                handled.stop();
                done.run();
            }
        }

        private void dispatchFailed(IncomingRequest request, Throwable error) {
            log.error("dispatch of {} (Call-ID {}) failed", request.method(), request.callId(), error);
        }

        private Mono<Void> invokeAnsweringFailures(Runnable done) {
            Mono<Void> invoked = invoke(done);
            return invoked == Mono.<Void>empty() ? invoked : invoked.onErrorResume(error -> respond(handler, error));
        }

        @Override
        public void rejected() {
            respond(handler, new java.util.concurrent.RejectedExecutionException())
                    .doFinally(signal -> handled.stop()).subscribe();
        }

        private Mono<Void> respond(SipHandler failed, Throwable error) {
            handled.failed(error);
            return failures.respond(exchange, failed, error);
        }

        private Mono<Void> invoke(Runnable done) {
            if (handler == null) {
                done.run();
                return Mono.empty();
            }
            if (!handler.reactive() && !DispatcherExecutor.isDispatcherThread()) {
                return Mono.defer(() -> invokeNow(done)).subscribeOn(executor.scheduler());
            }
            return invokeNow(done);
        }

        private Mono<Void> invokeNow(Runnable done) {
            try (HandledRequest.Scope scope = handled.enter()) {
                Object value;
                try {
                    value = handler.method().invoke(exchange);
                } catch (Exception ex) {
                    return Mono.error(ex);
                } finally {
                    done.run();
                }
                return returns.process(exchange, value);
            }
        }

        private void answerIfUnanswered() {
            IncomingRequest request = exchange.request();
            int status = handler == null ? DefaultAnswers.unmatched(request.method())
                    : DefaultAnswers.unanswered(request.method());
            if (status != DefaultAnswers.NONE && FailureResponder.sendIfAnswerable(request, SipReply.status(status))
                    && handler != null) {
                log.debug("{} returned without answering {} (Call-ID {}): sent {}", handler.mapping().describe(),
                        request.method(), request.callId(), status);
            }
        }
    }
}
