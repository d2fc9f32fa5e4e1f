package io.drachtio.spring.bind;

import io.drachtio.client.IncomingRequest;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.drachtio.spring.annotation.RequestUri;
import io.drachtio.spring.error.SipException;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/** Resolves {@link RequestUri @RequestUri} parameters of type {@code String}, {@link Uri} or {@link SipUri}. */
public final class RequestUriArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(RequestUri.class)
                && (type == String.class || type == Uri.class || type == SipUri.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        IncomingRequest request = (IncomingRequest) message.getPayload();
        Class<?> type = parameter.getParameterType();
        if (type == String.class) {
            return request.requestUri();
        }
        Uri uri;
        try {
            uri = request.message().uri();
        } catch (SipParseException ex) {
            throw new SipException(400, "Bad Request-URI", ex);
        }
        if (type == SipUri.class && !(uri instanceof SipUri)) {
            throw new SipException(416, "Unsupported URI Scheme");
        }
        return uri;
    }
}
