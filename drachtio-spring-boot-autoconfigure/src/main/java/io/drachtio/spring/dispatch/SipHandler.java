package io.drachtio.spring.dispatch;

import io.drachtio.spring.mapping.SipHandlerMapping;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * A handler mapping bound to its bean: ready to invoke.
 *
 * @param mapping  the mapping
 * @param bean     the controller instance
 * @param method   the invocable method (arguments resolved by spring-messaging)
 * @param reactive {@code true} when the method returns a reactive or asynchronous type: it is invoked
 *                 on the delivering event-loop thread (when its Call-ID is idle) and must not block
 */
public record SipHandler(SipHandlerMapping mapping, Object bean, InvocableHandlerMethod method, boolean reactive) {
}
