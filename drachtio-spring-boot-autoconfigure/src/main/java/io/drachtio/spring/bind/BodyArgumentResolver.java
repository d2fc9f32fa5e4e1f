package io.drachtio.spring.bind;

import io.drachtio.client.IncomingRequest;
import io.drachtio.sip.SipRequest;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.error.SipException;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link Body @Body} parameters: {@code byte[]}, {@code String} (UTF-8), or a type the
 * conversion service makes from {@code byte[]} (preferred) or from {@code String}. A failed conversion
 * answers {@code 400 Bad body}.
 */
public final class BodyArgumentResolver implements HandlerMethodArgumentResolver {

    private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);
    private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

    private final ConversionService conversionService;

    /** @param conversionService converts the body to other types */
    public BodyArgumentResolver(ConversionService conversionService) {
        this.conversionService = conversionService;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Body.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        SipRequest request = ((IncomingRequest) message.getPayload()).message();
        Class<?> type = parameter.getParameterType();
        if (type == byte[].class) {
            return request.body();
        }
        if (type == String.class) {
            return request.bodyAsString();
        }
        byte[] body = request.body();
        if (body.length == 0) {
            if (parameter.getParameterAnnotation(Body.class).required()) {
                throw new SipException(400, "Missing body");
            }
            return null;
        }
        TypeDescriptor target = new TypeDescriptor(parameter);
        try {
            if (conversionService.canConvert(BYTES, target)) {
                return conversionService.convert(body, BYTES, target);
            }
            return conversionService.convert(request.bodyAsString(), TEXT, target);
        } catch (ConversionException ex) {
            throw new SipException(400, "Bad body", ex);
        }
    }
}
