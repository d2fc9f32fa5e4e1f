package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link SipController} or {@link SipControllerAdvice} that turns an exception
 * thrown while handling a request into a response. The method takes the exception and any handler
 * argument (the request, headers, …) and returns what a handler may return (a status, a
 * {@code SipReply}, {@code void} after answering itself, …).
 *
 * <p>The handler for the nearest exception type wins; the failing controller's own handlers are
 * tried before any advice.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SipExceptionHandler {

    /** @return the exception types handled; empty means the types of the method's exception parameters */
    Class<? extends Throwable>[] value() default {};
}
