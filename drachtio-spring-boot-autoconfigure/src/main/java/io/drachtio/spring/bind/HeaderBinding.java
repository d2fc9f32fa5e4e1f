package io.drachtio.spring.bind;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.spring.annotation.SipHeader;
import io.drachtio.spring.error.SipException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

/**
 * How one {@link SipHeader @SipHeader} parameter is read, worked out once per parameter: the header's
 * canonical name, the shape of the parameter (single value, list, {@code Optional}), and either a parsed
 * view of the message (From, To, Contact, Via, CSeq — parsed once and cached by the message) or a
 * conversion of the raw text.
 */
final class HeaderBinding {

    private enum Shape { SINGLE, LIST, OPTIONAL }

    private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

    private final String name;
    private final Shape shape;
    private final TypeDescriptor elementType;
    private final boolean required;
    private final Function<SipRequest, Object> singleView;
    private final Function<SipRequest, List<?>> listView;
    private final ConversionService conversionService;

    private HeaderBinding(String name, Shape shape, TypeDescriptor elementType, boolean required,
            ConversionService conversionService) {
        this.name = name;
        this.shape = shape;
        this.elementType = elementType;
        this.required = required;
        this.conversionService = conversionService;
        Class<?> element = elementType.getType();
        this.singleView = singleView(name, element);
        this.listView = listView(name, element);
    }

    static HeaderBinding of(MethodParameter parameter, ConversionService conversionService) {
        SipHeader annotation = parameter.getParameterAnnotation(SipHeader.class);
        String declared = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
        if (declared == null || declared.isEmpty()) {
            throw new IllegalStateException("@SipHeader on parameter " + parameter.getParameterIndex() + " of "
                    + parameter.getExecutable() + " names no header");
        }
        String name = HeaderNames.canonical(declared);
        TypeDescriptor type = new TypeDescriptor(parameter);
        if (type.getType() == Optional.class) {
            return new HeaderBinding(name, Shape.OPTIONAL, nested(parameter), false, conversionService);
        }
        if (type.getType() == List.class) {
            return new HeaderBinding(name, Shape.LIST, nested(parameter), false, conversionService);
        }
        return new HeaderBinding(name, Shape.SINGLE, type, annotation.required(), conversionService);
    }

    private static TypeDescriptor nested(MethodParameter parameter) {
        TypeDescriptor nested = TypeDescriptor.nested(parameter, 1);
        return nested != null ? nested : TEXT;
    }

    Object read(SipRequest request) {
        try {
            return switch (shape) {
                case SINGLE -> {
                    Object value = single(request);
                    if (value == null && required) {
                        throw new SipException(400, "Missing " + name + " header");
                    }
                    yield value;
                }
                case OPTIONAL -> Optional.ofNullable(single(request));
                case LIST -> list(request);
            };
        } catch (SipParseException | ConversionException ex) {
            throw new SipException(400, "Bad " + name + " header", ex);
        }
    }

    private Object single(SipRequest request) {
        if (singleView != null) {
            return singleView.apply(request);
        }
        return convert(request.header(name));
    }

    private List<?> list(SipRequest request) {
        if (listView != null) {
            return listView.apply(request);
        }
        List<String> values = request.headerValues(name);
        if (elementType.getType() == String.class) {
            return values;
        }
        List<Object> converted = new ArrayList<>(values.size());
        for (String value : values) {
            converted.add(convert(value));
        }
        return converted;
    }

    private Object convert(String value) {
        if (value == null || elementType.getType() == String.class) {
            return value;
        }
        return conversionService.convert(value, TEXT, elementType);
    }

    private static Function<SipRequest, Object> singleView(String name, Class<?> type) {
        if (type == NameAddress.class) {
            if (name.equals(HeaderNames.canonical("From"))) {
                return SipRequest::from;
            }
            if (name.equals(HeaderNames.canonical("To"))) {
                return SipRequest::to;
            }
            if (name.equals(HeaderNames.canonical("Contact"))) {
                return r -> first(r.contacts());
            }
        }
        if (type == Via.class && name.equals(HeaderNames.canonical("Via"))) {
            return SipRequest::topVia;
        }
        if (type == CSeq.class && name.equals(HeaderNames.canonical("CSeq"))) {
            return SipRequest::cseq;
        }
        return null;
    }

    private static Function<SipRequest, List<?>> listView(String name, Class<?> type) {
        if (type == NameAddress.class && name.equals(HeaderNames.canonical("Contact"))) {
            return SipRequest::contacts;
        }
        if (type == Via.class && name.equals(HeaderNames.canonical("Via"))) {
            return SipRequest::vias;
        }
        return null;
    }

    private static Object first(List<?> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
