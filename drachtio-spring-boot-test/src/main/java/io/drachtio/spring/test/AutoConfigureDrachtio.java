package io.drachtio.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configuration a drachtio SIP application needs (the drachtio client, dispatcher,
 * template and lifecycle, plus property placeholders and SSL bundles) into a test slice. Used by
 * {@link DrachtioTest @DrachtioTest}; put it on a test class of your own slice to get the same set.
 * The list lives in
 * {@code META-INF/spring/io.drachtio.spring.test.AutoConfigureDrachtio.imports}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDrachtio {
}
