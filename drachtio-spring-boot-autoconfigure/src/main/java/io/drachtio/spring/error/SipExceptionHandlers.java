package io.drachtio.spring.error;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.ClassUtils;

/**
 * Finds the exception handler for a failure: the failing controller's own
 * {@link io.drachtio.spring.annotation.SipExceptionHandler} methods first, then those of each
 * {@link io.drachtio.spring.annotation.SipControllerAdvice} in order. Resolvers are prepared at start-up;
 * invocable methods are created on first use and kept.
 */
public final class SipExceptionHandlers {

    private record Target(Object bean, SipExceptionHandlerMethodResolver resolver,
            Map<Method, InvocableHandlerMethod> invocables) {
    }

    private final MessageHandlerMethodFactory methodFactory;
    private final Map<Object, Target> controllers = new IdentityHashMap<>();
    private final List<Target> advices;

    /**
     * @param methodFactory creates the invocable methods (shares the argument resolvers of handlers)
     * @param controllers   the controller beans
     * @param advices       the advice beans, in order
     */
    public SipExceptionHandlers(MessageHandlerMethodFactory methodFactory, List<Object> controllers,
            List<Object> advices) {
        this.methodFactory = methodFactory;
        for (Object controller : controllers) {
            this.controllers.put(controller, target(controller));
        }
        List<Target> adviceTargets = new ArrayList<>(advices.size());
        for (Object advice : advices) {
            Target target = target(advice);
            if (target.resolver().hasExceptionMappings()) {
                adviceTargets.add(target);
            }
        }
        this.advices = List.copyOf(adviceTargets);
    }

    private static Target target(Object bean) {
        return new Target(bean, new SipExceptionHandlerMethodResolver(ClassUtils.getUserClass(bean)),
                new ConcurrentHashMap<>());
    }

    /**
     * @param controller the controller whose handler failed, or {@code null} (a filter failed)
     * @param failure    the failure
     * @return the exception handler to invoke, or {@code null} when none handles it
     */
    public InvocableHandlerMethod find(Object controller, Throwable failure) {
        if (controller != null) {
            Target own = controllers.get(controller);
            InvocableHandlerMethod method = own != null ? resolve(own, failure) : null;
            if (method != null) {
                return method;
            }
        }
        for (Target advice : advices) {
            InvocableHandlerMethod method = resolve(advice, failure);
            if (method != null) {
                return method;
            }
        }
        return null;
    }

    private InvocableHandlerMethod resolve(Target target, Throwable failure) {
        Method method = target.resolver().resolveMethod(failure);
        if (method == null) {
            return null;
        }
        return target.invocables().computeIfAbsent(method,
                m -> methodFactory.createInvocableHandlerMethod(target.bean(), m));
    }
}
