package io.drachtio.spring.bind;

import java.lang.reflect.Method;
import java.util.List;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * Creates the {@link InvocableHandlerMethod}s of SIP handlers and exception handlers, all sharing one
 * ordered set of argument resolvers (users' resolvers first, then the built-in ones).
 */
public final class SipHandlerMethodFactory implements MessageHandlerMethodFactory {

    private final HandlerMethodArgumentResolverComposite resolvers = new HandlerMethodArgumentResolverComposite();

    /** @param resolvers the argument resolvers, in the order they are asked */
    public SipHandlerMethodFactory(List<? extends HandlerMethodArgumentResolver> resolvers) {
        this.resolvers.addResolvers(resolvers);
    }

    /**
     * @param parameter a handler method parameter
     * @return {@code true} when some resolver can resolve it
     */
    public boolean supportsParameter(org.springframework.core.MethodParameter parameter) {
        return resolvers.supportsParameter(parameter);
    }

    @Override
    public InvocableHandlerMethod createInvocableHandlerMethod(Object bean, Method method) {
        InvocableHandlerMethod handler = new InvocableHandlerMethod(bean, method);
        handler.setMessageMethodArgumentResolvers(resolvers);
        return handler;
    }
}
