package io.drachtio.spring.reply;

import io.drachtio.client.IncomingRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.bind.SipExchange;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;

/** Handles {@link SipResponse} return values: sends that complete response. */
public final class SipResponseReturnValueHandler implements HandlerMethodReturnValueHandler {

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return SipResponse.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, Message<?> message) {
        if (returnValue != null) {
            IncomingRequest request = ((SipExchange) message).request();
            ReplySender.track(request, request.response().send((SipResponse) returnValue));
        }
    }
}
