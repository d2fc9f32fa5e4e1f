package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Binds a header of the request to a handler parameter. Supported parameter types:
 * <ul>
 * <li>{@code String} — the first value;</li>
 * <li>{@code List<String>} — every value (comma lists split as {@code SipMessage.headerValues} does);</li>
 * <li>a parsed type: {@code NameAddress} (From, To, Contact, Refer-To, …), {@code Via}, {@code CSeq},
 *     {@code Integer}, {@code Long}, or any type a registered {@code Converter<String, T>} produces;
 *     {@code List<T>} of those for every value;</li>
 * <li>{@code Optional<T>} of any of the above, empty when the header is absent.</li>
 * </ul>
 * A required header that is absent answers {@code 400 Missing <name> header}; a value that does not
 * parse answers {@code 400 Bad <name> header}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SipHeader {

    /** @return the header name (alias of {@link #name()}); compact forms are accepted */
    @AliasFor("name")
    String value() default "";

    /** @return the header name; compact forms such as {@code f} are accepted */
    @AliasFor("value")
    String name() default "";

    /** @return whether an absent header answers 400 ({@code Optional} and {@code List} are never required) */
    boolean required() default true;
}
