package io.drachtio.spring.dispatch;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ResponseChannel;
import io.drachtio.sip.SipMethod;
import io.drachtio.spring.bind.SipExchange;
import io.drachtio.spring.error.SipException;
import io.drachtio.spring.error.SipExceptionHandlers;
import io.drachtio.spring.reply.ReplySender;
import io.drachtio.spring.reply.SipReply;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import reactor.core.publisher.Mono;

/**
 * Answers a request whose filter or handler failed: an {@code @SipExceptionHandler} (controller first,
 * then advice) decides when there is one; otherwise a {@link SipException} answers its status, an
 * overloaded executor answers {@code 503 Service Unavailable}, and anything else answers
 * {@code 500 Server Internal Error} with the stack trace logged at ERROR. Nothing is sent when the
 * request cannot be answered any more (the failure is still logged).
 */
public final class FailureResponder {

    private static final Logger log = LoggerFactory.getLogger(FailureResponder.class);

    private final ReturnValueProcessor results;
    private volatile SipExceptionHandlers exceptionHandlers;

    /** @param results handles what exception handlers return */
    public FailureResponder(ReturnValueProcessor results) {
        this.results = results;
    }

    /** @param exceptionHandlers the exception handlers found at start-up */
    public void exceptionHandlers(SipExceptionHandlers exceptionHandlers) {
        this.exceptionHandlers = exceptionHandlers;
    }

    /**
     * @param exchange the exchange
     * @param handler  the handler that failed, or {@code null} (a filter or the dispatch failed)
     * @param error    the failure
     * @return completion once answered
     */
    public Mono<Void> respond(SipExchange exchange, SipHandler handler, Throwable error) {
        Throwable failure = unwrap(error);
        SipExceptionHandlers lookup = exceptionHandlers;
        InvocableHandlerMethod method = lookup == null ? null
                : lookup.find(handler != null ? handler.bean() : null, failure);
        if (method == null) {
            answer(exchange, handler, failure);
            return Mono.empty();
        }
        Object value;
        try {
            value = method.invoke(exchange, failure);
        } catch (Exception ex) {
            return exceptionHandlerFailed(exchange, method, ex);
        }
        return results.process(exchange, method, value)
                .onErrorResume(ex -> exceptionHandlerFailed(exchange, method, ex));
    }

    private Mono<Void> exceptionHandlerFailed(SipExchange exchange, InvocableHandlerMethod method, Throwable ex) {
        log.error("exception handler {} failed for {} (Call-ID {})", method.getShortLogMessage(),
                exchange.request().method(), exchange.request().callId(), unwrap(ex));
        sendIfAnswerable(exchange.request(), SipReply.status(500, "Server Internal Error"));
        return Mono.empty();
    }

    private void answer(SipExchange exchange, SipHandler handler, Throwable failure) {
        IncomingRequest request = exchange.request();
        SipReply reply;
        if (failure instanceof SipException sip) {
            log.debug("{} (Call-ID {}) answered {} by SipException", request.method(), request.callId(), sip.status());
            reply = SipReply.status(sip.status(), sip.reason());
        } else if (failure instanceof RejectedExecutionException) {
            log.warn("dispatcher executor full: {} (Call-ID {}) answered 503", request.method(), request.callId());
            reply = SipReply.status(503, "Service Unavailable");
        } else {
            log.error("{} failed for {} (Call-ID {})", handler != null ? handler.mapping().describe() : "a filter",
                    request.method(), request.callId(), failure);
            reply = SipReply.status(500, "Server Internal Error");
        }
        sendIfAnswerable(request, reply);
    }

    /**
     * Sends a final response unless the request is an ACK, unsolicited, or can no longer be answered.
     *
     * @param request the request
     * @param reply   the response
     * @return {@code true} when the response was sent
     */
    public static boolean sendIfAnswerable(IncomingRequest request, SipReply reply) {
        if (SipMethod.ACK.equals(request.method()) || request.isUnsolicited()) {
            return false;
        }
        ResponseChannel channel = request.response();
        if (channel.isFinalSent() || !channel.isAnswerable()) {
            return false;
        }
        ReplySender.send(request, reply);
        return true;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException || current instanceof UndeclaredThrowableException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
