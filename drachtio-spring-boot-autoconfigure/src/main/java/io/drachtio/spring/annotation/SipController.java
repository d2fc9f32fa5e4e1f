package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a bean whose methods handle SIP requests. Methods carrying {@link SipRequestMapping} (or one of
 * the per-method shortcuts such as {@link Invite}) are discovered once at start-up.
 *
 * <pre>{@code
 * @SipController
 * class OptionsController {
 *     @Options
 *     int ping() { return 200; }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface SipController {

    /** @return the bean name, empty for a generated one */
    @AliasFor(annotation = Component.class)
    String value() default "";
}
