package io.drachtio.spring.reply;

import io.drachtio.spring.bind.SipExchange;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;

/** Handles {@link SipReply} return values: answers with it. */
public final class SipReplyReturnValueHandler implements HandlerMethodReturnValueHandler {

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return SipReply.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, Message<?> message) {
        if (returnValue != null) {
            ReplySender.send(((SipExchange) message).request(), (SipReply) returnValue);
        }
    }
}
