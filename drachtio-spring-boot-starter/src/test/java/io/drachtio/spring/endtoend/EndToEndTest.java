package io.drachtio.spring.endtoend;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A {@code @SpringBootTest} of {@link EndToEndApplication} connected over a real socket to the kit's
 * in-JVM drachtio test server (a bean); every test starts once the application is connected and routed.
 * Test classes with this annotation share one application context and so one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = EndToEndApplication.class)
@AutoConfigureDrachtioTestServer
public @interface EndToEndTest {
}
