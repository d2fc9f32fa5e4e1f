package io.drachtio.spring.dispatch;

import io.drachtio.spring.bind.SipHandlerMethodFactory;
import io.drachtio.spring.mapping.SipHandlerMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * Binds handler mappings to their controller beans, checking once that every parameter can be resolved
 * and every return type handled (a mistake fails the start-up, not a request).
 */
public final class SipHandlerBinder {

    private SipHandlerBinder() {
    }

    /**
     * @param mappings      the mappings
     * @param beans         looks a controller bean up by name
     * @param methodFactory creates invocable methods
     * @param results       the return-value processing
     * @return the bound handlers
     * @throws IllegalStateException naming the method when a parameter or the return type is unsupported
     */
    public static List<SipHandler> bind(List<SipHandlerMapping> mappings, Function<String, Object> beans,
            SipHandlerMethodFactory methodFactory, ReturnValueProcessor results) {
        List<SipHandler> bound = new ArrayList<>(mappings.size());
        for (SipHandlerMapping mapping : mappings) {
            Object bean = beans.apply(mapping.beanName());
            InvocableHandlerMethod method = methodFactory.createInvocableHandlerMethod(bean, mapping.method());
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (!methodFactory.supportsParameter(parameter)) {
                    throw new IllegalStateException("SIP handler " + mapping.describe() + ": no argument resolver for parameter "
                            + parameter.getParameterIndex() + " (" + parameter.getGenericParameterType().getTypeName() + ")");
                }
            }
            MethodParameter returnType = method.getReturnType();
            if (!results.supports(returnType)) {
                throw new IllegalStateException("SIP handler " + mapping.describe() + ": unsupported return type "
                        + returnType.getGenericParameterType().getTypeName());
            }
            bound.add(new SipHandler(mapping, bean, method, results.isAsync(returnType)));
        }
        return bound;
    }
}
