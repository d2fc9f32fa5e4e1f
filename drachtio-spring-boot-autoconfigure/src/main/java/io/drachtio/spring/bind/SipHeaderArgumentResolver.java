package io.drachtio.spring.bind;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.annotation.SipHeader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link SipHeader @SipHeader} parameters (see the annotation for the supported types). How
 * a parameter is read is worked out on its first use and kept.
 */
public final class SipHeaderArgumentResolver implements HandlerMethodArgumentResolver {

    private final ConversionService conversionService;
    private final Map<MethodParameter, HeaderBinding> bindings = new ConcurrentHashMap<>();

    /** @param conversionService converts header text to parameter types */
    public SipHeaderArgumentResolver(ConversionService conversionService) {
        this.conversionService = conversionService;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(SipHeader.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        HeaderBinding binding = bindings.computeIfAbsent(parameter, p -> HeaderBinding.of(p, conversionService));
        return binding.read(((IncomingRequest) message.getPayload()).message());
    }
}
