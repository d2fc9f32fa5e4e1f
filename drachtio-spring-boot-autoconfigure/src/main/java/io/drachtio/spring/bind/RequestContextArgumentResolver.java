package io.drachtio.spring.bind;

import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestMeta;
import io.drachtio.client.ResponseChannel;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves the parameters that come straight from the request: {@link IncomingRequest},
 * {@link ResponseChannel}, {@link SipRequest} (or {@link SipMessage}), {@link RequestMeta} and the
 * {@link DrachtioConnection} it arrived on.
 */
public final class RequestContextArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == IncomingRequest.class || type == ResponseChannel.class || type == SipRequest.class
                || type == SipMessage.class || type == RequestMeta.class || type == DrachtioConnection.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        IncomingRequest request = (IncomingRequest) message.getPayload();
        Class<?> type = parameter.getParameterType();
        if (type == IncomingRequest.class) {
            return request;
        }
        if (type == ResponseChannel.class) {
            return request.response();
        }
        if (type == RequestMeta.class) {
            return request.meta();
        }
        if (type == DrachtioConnection.class) {
            return request.connection();
        }
        return request.message();
    }
}
