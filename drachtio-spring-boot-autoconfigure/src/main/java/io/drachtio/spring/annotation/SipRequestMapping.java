package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Maps SIP requests to a handler method of a {@link SipController}.
 *
 * <p>A request matches when its method equals one of {@link #method()} exactly (SIP methods are
 * case-sensitive: {@code INVITE}, never a prefix) and every condition holds. Among matching mappings the
 * one with more conditions wins, then the lower {@link org.springframework.core.annotation.Order @Order}
 * (on the method, else on the controller class).
 *
 * <p>Header conditions ({@link #headers()}), checked against the first value of the header:
 * <ul>
 * <li>{@code "X-Tenant"} — the header is present;</li>
 * <li>{@code "!X-Tenant"} — the header is absent;</li>
 * <li>{@code "X-Tenant=blue"} — its value equals {@code blue} exactly;</li>
 * <li>{@code "X-Tenant~=bl.*"} — its whole value matches the regular expression.</li>
 * </ul>
 * Regular expressions are compiled once at start-up; an invalid one fails the start-up.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SipRequestMapping {

    /** @return the SIP methods handled, upper-case (alias of {@link #method()}) */
    @AliasFor("method")
    String[] value() default {};

    /** @return the SIP methods handled, upper-case, e.g. {@code INVITE} */
    @AliasFor("value")
    String[] method() default {};

    /** @return a regular expression the whole Request-URI must match; empty for any */
    String requestUri() default "";

    /** @return header conditions; see the type description for the syntax */
    String[] headers() default {};
}
