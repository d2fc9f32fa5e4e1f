package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/** Handles {@code OPTIONS} requests: a shortcut for {@code @SipRequestMapping(method = "OPTIONS")}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SipRequestMapping(method = "OPTIONS")
public @interface Options {

    /** @return a regular expression the whole Request-URI must match; empty for any */
    @AliasFor(annotation = SipRequestMapping.class)
    String requestUri() default "";

    /** @return header conditions, see {@link SipRequestMapping#headers()} */
    @AliasFor(annotation = SipRequestMapping.class)
    String[] headers() default {};
}
