package io.drachtio.spring.endtoend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@code @SpringBootTest} of {@link EndToEndApplication} connected over a real socket to its own
 * in-JVM drachtio test server (a bean); start-up waits until the connection is ready. Test classes with
 * this annotation share one application context and so one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = EndToEndApplication.class, properties = "drachtio.lifecycle.await-connection=true")
@ContextConfiguration(initializers = TestServerInitializer.class)
public @interface EndToEndTest {
}
