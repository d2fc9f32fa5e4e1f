package io.drachtio.spring.reply;

import io.drachtio.spring.bind.SipExchange;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;

/** Handles {@code int} / {@code Integer} return values: answers with that status. */
public final class StatusReturnValueHandler implements HandlerMethodReturnValueHandler {

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        Class<?> type = returnType.getParameterType();
        return type == int.class || type == Integer.class;
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, Message<?> message) {
        if (returnValue != null) {
            ReplySender.send(((SipExchange) message).request(), SipReply.status((Integer) returnValue));
        }
    }
}
