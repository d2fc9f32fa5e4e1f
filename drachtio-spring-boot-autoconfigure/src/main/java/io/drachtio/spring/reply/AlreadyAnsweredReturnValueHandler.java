package io.drachtio.spring.reply;

import io.drachtio.client.ProxyResult;
import io.drachtio.client.SentResponse;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;

/**
 * Handles return values that mean "the handler already dealt with the request": a {@link ProxyResult}
 * (the request was proxied) or a {@link SentResponse} (the handler answered through the response
 * channel). Nothing more is sent.
 */
public final class AlreadyAnsweredReturnValueHandler implements HandlerMethodReturnValueHandler {

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        Class<?> type = returnType.getParameterType();
        return ProxyResult.class.isAssignableFrom(type) || SentResponse.class.isAssignableFrom(type);
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, Message<?> message) {
        // the handler proxied or answered the request itself: nothing left to send
    }
}
