package io.drachtio.spring.actuate;

import io.drachtio.testserver.DrachtioTestServer;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an in-JVM {@link DrachtioTestServer} for an application context before it refreshes: the
 * server becomes a bean, {@code drachtio.host}, {@code drachtio.port} and {@code drachtio.secret} point
 * the application at it (ahead of every other property source), and it stops after the context's own
 * beans when the context closes.
 */
public class TestServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The secret the test server expects. */
    public static final String SECRET = "cymru";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DrachtioTestServer server = DrachtioTestServer.builder().secret(SECRET).start();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("drachtioTestServer", server);
        beans.registerDisposableBean("drachtioTestServer", server::close);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("drachtioTestServer", Map.of(
                "drachtio.host", server.adminHost(),
                "drachtio.port", server.adminPort(),
                "drachtio.secret", SECRET)));
    }
}
