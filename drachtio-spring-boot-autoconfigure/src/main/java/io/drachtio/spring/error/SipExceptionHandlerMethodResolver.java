package io.drachtio.spring.error;

import io.drachtio.spring.annotation.SipExceptionHandler;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.messaging.handler.invocation.AbstractExceptionHandlerMethodResolver;

/**
 * The {@link SipExceptionHandler} methods of one class, by exception type; the method for the nearest
 * type wins (spring-messaging's exception-depth rule).
 */
public final class SipExceptionHandlerMethodResolver extends AbstractExceptionHandlerMethodResolver {

    /**
     * @param type the controller or advice class
     * @throws IllegalStateException when two methods handle the same exception type
     */
    public SipExceptionHandlerMethodResolver(Class<?> type) {
        super(detect(type));
    }

    private static Map<Class<? extends Throwable>, Method> detect(Class<?> type) {
        Map<Class<? extends Throwable>, Method> result = new HashMap<>();
        for (Method method : MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<SipExceptionHandler>)
                m -> AnnotatedElementUtils.findMergedAnnotation(m, SipExceptionHandler.class)).keySet()) {
            SipExceptionHandler annotation = AnnotatedElementUtils.findMergedAnnotation(method, SipExceptionHandler.class);
            List<Class<? extends Throwable>> types = annotation.value().length > 0
                    ? Arrays.asList(annotation.value()) : getExceptionsFromMethodSignature(method);
            if (types.isEmpty()) {
                throw new IllegalStateException("@SipExceptionHandler " + type.getName() + "#" + method.getName()
                        + " names no exception type (neither in the annotation nor as a parameter)");
            }
            for (Class<? extends Throwable> exceptionType : types) {
                Method previous = result.put(exceptionType, method);
                if (previous != null && !previous.equals(method)) {
                    throw new IllegalStateException("ambiguous @SipExceptionHandler for " + exceptionType.getName()
                            + " in " + type.getName() + ": " + previous.getName() + " and " + method.getName());
                }
            }
        }
        return result;
    }
}
