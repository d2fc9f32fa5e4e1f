package io.drachtio.spring.dispatch;

import io.drachtio.spring.bind.SipExchange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandlerComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import reactor.core.publisher.Mono;

/**
 * Turns what a handler returned into the completion of its work: plain values go to the
 * return-value handlers at once; asynchronous values ({@code Mono}, {@code CompletionStage}, …, as
 * the async return-value handlers recognise them) are awaited and their value handled then.
 */
public final class ReturnValueProcessor {

    private final HandlerMethodReturnValueHandlerComposite handlers = new HandlerMethodReturnValueHandlerComposite();
    private final Map<InvocableHandlerMethod, ReturnValuePlan> plans = new ConcurrentHashMap<>();

    /** @param handlers the return-value handlers, in the order they are asked */
    public ReturnValueProcessor(List<? extends HandlerMethodReturnValueHandler> handlers) {
        this.handlers.addHandlers(handlers);
    }

    /**
     * @param returnType a handler method's return type
     * @return {@code true} for {@code void} or a type some handler supports
     */
    public boolean supports(MethodParameter returnType) {
        Class<?> type = returnType.getParameterType();
        return type == void.class || type == Void.class || handlers.supportsReturnType(returnType);
    }

    /**
     * @param returnType a handler method's return type
     * @return {@code true} when values of that type complete later (the method may run on an event loop)
     */
    public boolean isAsync(MethodParameter returnType) {
        for (HandlerMethodReturnValueHandler handler : handlers.getReturnValueHandlers()) {
            if (handler instanceof org.springframework.messaging.handler.invocation.AsyncHandlerMethodReturnValueHandler
                    && handler.supportsReturnType(returnType)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param method a handler or exception-handler method
     * @return how its return values are handled, decided once (keep it for the method's lifetime)
     */
    public ReturnValuePlan plan(InvocableHandlerMethod method) {
        return new ReturnValuePlan(method, handlers.getReturnValueHandlers());
    }

    /**
     * Handles one value of a method whose plan is not kept by the caller (exception handlers): the
     * plan is made on the first call and kept.
     *
     * @param exchange the exchange
     * @param method   the method that returned the value
     * @param value    the value ({@code null} for {@code void})
     * @return completion once the value was handled (for async values, once they resolved)
     */
    public Mono<Void> process(SipExchange exchange, InvocableHandlerMethod method, Object value) {
        return plans.computeIfAbsent(method, this::plan).process(exchange, value);
    }
}
