package io.drachtio.spring.test;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.boot.autoconfigure.DrachtioLifecycle;
import io.drachtio.testserver.DrachtioTestServer;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the test server of one application context before it refreshes: points the application
 * at it ({@code drachtio.host}, {@code drachtio.port}, {@code drachtio.secret},
 * {@code drachtio.mode=inbound}, and {@code drachtio.embedded.enabled=false} so an application whose
 * profile turns the embedded server on is tested against the test server; ahead of every other
 * property source), registers the server and
 * its {@link SipTestClient} as beans, and stops the server when the context closes (after the
 * application's drachtio client). Equal settings make equal customizers, so contexts are cached.
 */
final class TestServerContextCustomizer implements ContextCustomizer {

    /** Name of the property source pointing the application at the server. */
    static final String PROPERTY_SOURCE = "drachtioTestServer";

    /** Bean name of the server. */
    static final String SERVER_BEAN = "drachtioTestServer";

    /** Bean name of the facade. */
    static final String CLIENT_BEAN = "sipTestClient";

    private final TestServerSettings settings;

    TestServerContextCustomizer(TestServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            throw new IllegalStateException("@AutoConfigureDrachtioTestServer needs an application context with a "
                    + "DefaultListableBeanFactory, not " + context.getBeanFactory().getClass().getName());
        }
        DrachtioTestServer server = settings.start();
        beans.registerSingleton(SERVER_BEAN, server);
        beans.registerDisposableBean(SERVER_BEAN, server::close);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "drachtio.host", server.adminHost(),
                "drachtio.port", server.adminPort(),
                "drachtio.secret", settings.secret(),
                "drachtio.mode", "inbound",
                "drachtio.embedded.enabled", "false")));
        ReceivedEvents received = new ReceivedEvents(settings.awaitTimeout());
        context.addApplicationListener(received);
        ApplicationReadiness readiness = new ApplicationReadiness(server, beans.getBeanProvider(DrachtioClient.class),
                beans.getBeanProvider(DrachtioLifecycle.class));
        beans.registerSingleton(CLIENT_BEAN, new SipTestClient(server, readiness, received));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestServerContextCustomizer customizer && customizer.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }
}
