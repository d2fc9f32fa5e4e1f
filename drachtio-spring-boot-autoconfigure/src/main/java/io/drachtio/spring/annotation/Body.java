package io.drachtio.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the request body to a handler parameter: {@code byte[]} (the raw bytes), {@code String} (UTF-8)
 * or any type a registered {@code Converter<byte[], T>} or {@code Converter<String, T>} produces. An
 * empty body binds as an empty array / empty string; for other types a required empty body answers
 * {@code 400 Missing body}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Body {

    /** @return whether an empty body is refused for converted types */
    boolean required() default true;
}
