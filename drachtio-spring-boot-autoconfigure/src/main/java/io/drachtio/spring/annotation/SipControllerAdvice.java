package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a bean holding {@link SipExceptionHandler} methods that apply to every {@link SipController}.
 * A controller's own exception handlers are tried first; several advice beans are tried in
 * {@link org.springframework.core.annotation.Order @Order} order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface SipControllerAdvice {

    /** @return the bean name, empty for a generated one */
    @AliasFor(annotation = Component.class)
    String value() default "";
}
