package io.drachtio.spring.test;

import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.boot.autoconfigure.DrachtioClientBuilderCustomizer;
import io.drachtio.spring.filter.SipFilter;
import java.util.Set;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodReturnValueHandler;

/**
 * Keeps the SIP layer of a {@link DrachtioTest @DrachtioTest} and leaves every other scanned
 * component out.
 */
final class DrachtioTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DrachtioTest> {

    private static final Set<Class<?>> SIP_LAYER = Set.of(SipController.class, SipControllerAdvice.class,
            SipFilter.class, HandlerMethodArgumentResolver.class, HandlerMethodReturnValueHandler.class,
            Converter.class, GenericConverter.class, DrachtioClientBuilderCustomizer.class);

    DrachtioTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }

    @Override
    protected Set<Class<?>> getKnownIncludes() {
        return SIP_LAYER;
    }
}
