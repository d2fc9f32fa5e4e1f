package io.drachtio.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of the SIP layer of an application, the way {@code @WebMvcTest} tests the web layer: the
 * context holds only the drachtio auto-configuration ({@link AutoConfigureDrachtio}) and, from
 * component scanning, the beans of the SIP layer — {@code @SipController} and
 * {@code @SipControllerAdvice} classes, {@code SipFilter}s, handler argument resolvers and return
 * value handlers, converters and {@code DrachtioClientBuilderCustomizer}s. Other components
 * (services, repositories, {@code @Configuration} classes found by scanning) are left out; supply
 * what the SIP beans need with {@code @Import} or test beans. The application runs against an
 * in-JVM drachtio test server ({@link AutoConfigureDrachtioTestServer}); inject
 * {@link SipTestClient} to play the SIP network.
 *
 * <pre>{@code
 * @DrachtioTest
 * class OptionsControllerTests {
 *     @Autowired SipTestClient sip;
 *
 *     @Test
 *     void answersOptions() {
 *         assertThat(sip.request("OPTIONS", "sip:ping@127.0.0.1").send().awaitFinalResponse()).hasStatus(200);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DrachtioTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DrachtioTypeExcludeFilter.class)
@AutoConfigureDrachtio
@AutoConfigureDrachtioTestServer
@ImportAutoConfiguration
public @interface DrachtioTest {

    /**
     * Properties in {@code key=value} form added to the environment of the test context.
     *
     * @return the properties; none by default
     */
    String[] properties() default {};

    /**
     * Whether the SIP-layer beans are picked up by component scanning; {@code false} leaves only
     * what {@link #includeFilters()} names.
     *
     * @return {@code true} by default
     */
    boolean useDefaultFilters() default true;

    /**
     * Filters that add scanned beans the slice would otherwise leave out.
     *
     * @return the include filters; none by default
     */
    Filter[] includeFilters() default {};

    /**
     * Filters that leave out scanned beans the slice would otherwise include.
     *
     * @return the exclude filters; none by default
     */
    Filter[] excludeFilters() default {};

    /**
     * Auto-configuration classes to leave out of this test.
     *
     * @return the excluded auto-configuration; none by default
     */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
