package io.drachtio.spring.dispatch;

import io.drachtio.spring.bind.SipExchange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.handler.invocation.AsyncHandlerMethodReturnValueHandler;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.messaging.handler.invocation.ReactiveReturnValueHandler;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;

/**
 * How the values one handler method returns are handled, decided once per method instead of per
 * request: its return type (Spring creates a new {@link MethodParameter} on every
 * {@link InvocableHandlerMethod#getReturnType()} call) and the first return-value handler that supports
 * it, as {@code HandlerMethodReturnValueHandlerComposite} would pick it. The return type and handler of
 * what an asynchronous value resolves to are decided per resolved class and remembered. Create it with
 * {@link ReturnValueProcessor#plan(InvocableHandlerMethod)}; thread-safe.
 */
public final class ReturnValuePlan {

    private final InvocableHandlerMethod method;
    private final MethodParameter returnType;
    private final List<HandlerMethodReturnValueHandler> handlers;
    private final HandlerMethodReturnValueHandler handler;
    private final boolean springReactive;
    private final Map<Class<?>, Resolved> resolvedTypes = new ConcurrentHashMap<>(4);

    ReturnValuePlan(InvocableHandlerMethod method, List<HandlerMethodReturnValueHandler> handlers) {
        this.method = method;
        this.returnType = method.getReturnType();
        this.handlers = handlers;
        this.handler = find(handlers, returnType);
        this.springReactive = handler != null && handler.getClass() == ReactiveReturnValueHandler.class;
    }

    /**
     * @param exchange the exchange
     * @param value    what the method returned ({@code null} for {@code void})
     * @return {@link Mono#empty()} itself when the value was handled at once; otherwise completion once the
     *         value was handled (for async values, once they resolved), or the handling's error
     */
    public Mono<Void> process(SipExchange exchange, Object value) {
        if (value == null) {
            return Mono.empty();
        }
        try {
            if (springReactive && value instanceof Mono<?> && value instanceof Fuseable.ScalarCallable<?> constant) {
                Mono<Void> handled = handleConstant(exchange, constant);
                if (handled != null) {
                    return handled;
                }
            }
            if (handler instanceof AsyncHandlerMethodReturnValueHandler async
                    && async.isAsyncReturnValue(value, returnType)) {
                CompletableFuture<?> future = async.toCompletableFuture(value, returnType);
                return Mono.fromFuture(future, true).flatMap(resolved -> handleResolved(exchange, resolved));
            }
            handle(handler, value, returnType, exchange);
            return Mono.empty();
        } catch (Exception ex) {
            return Mono.error(ex);
        }
    }

    /**
     * A {@code Mono} that holds its value already ({@code Mono.just}, {@code Mono.empty}) and goes to Spring's
     * {@link ReactiveReturnValueHandler} (for which every {@code Mono} is an async value): the value is read
     * without a round trip through a {@code CompletableFuture} and handled at once, as the future's
     * completion would have. {@code null} when the value cannot be read that way (an error Mono), which
     * then takes the general path.
     */
    private Mono<Void> handleConstant(SipExchange exchange, Fuseable.ScalarCallable<?> constant) {
        Object resolved;
        try {
            resolved = constant.call();
        } catch (Exception notAValue) {
            return null;
        }
        return resolved == null ? Mono.empty() : handleResolved(exchange, resolved);
    }

    private Mono<Void> handleResolved(SipExchange exchange, Object resolved) {
        try {
            Resolved type = resolvedTypes.get(resolved.getClass());
            if (type == null) {
                MethodParameter parameter = method.getReturnValueType(resolved);
                type = new Resolved(parameter, find(handlers, parameter));
                if (type.handler() != null) {
                    resolvedTypes.put(resolved.getClass(), type);
                }
            }
            handle(type.handler(), resolved, type.parameter(), exchange);
            return Mono.empty();
        } catch (Exception ex) {
            return Mono.error(ex);
        }
    }

    /**
     * The return type Spring gives a resolved value ({@code getReturnValueType}, which depends only on the
     * value's class) and the handler chosen for it.
     */
    private record Resolved(MethodParameter parameter, HandlerMethodReturnValueHandler handler) {
    }

    private static void handle(HandlerMethodReturnValueHandler chosen, Object value, MethodParameter type,
            SipExchange exchange) throws Exception {
        if (chosen == null) {
            throw new IllegalStateException("No handler for return value type: " + type.getParameterType());
        }
        chosen.handleReturnValue(value, type, exchange);
    }

    private static HandlerMethodReturnValueHandler find(List<HandlerMethodReturnValueHandler> handlers,
            MethodParameter type) {
        for (HandlerMethodReturnValueHandler candidate : handlers) {
            if (candidate.supportsReturnType(type)) {
                return candidate;
            }
        }
        return null;
    }
}
