package io.drachtio.spring.bind;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.annotation.CallId;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/** Resolves {@link CallId @CallId String} parameters. */
public final class CallIdArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CallId.class) && parameter.getParameterType() == String.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        return ((IncomingRequest) message.getPayload()).callId();
    }
}
