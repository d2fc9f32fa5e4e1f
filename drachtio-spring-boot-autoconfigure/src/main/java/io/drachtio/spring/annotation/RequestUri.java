package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the Request-URI to a handler parameter of type {@code String} (the raw text), {@code Uri} or
 * {@code SipUri} (parsed; a non-SIP URI bound to {@code SipUri} answers {@code 416 Unsupported URI Scheme}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestUri {
}
