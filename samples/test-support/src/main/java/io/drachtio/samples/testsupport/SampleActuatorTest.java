package io.drachtio.samples.testsupport;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The test every sample runs for its operators: the application on the test kit with a real web
 * server, Actuator's {@code health}, {@code metrics} and {@code drachtio} served over HTTP, and
 * {@code application.yml} putting it on the sample's own port. A sample's test extends it and names
 * that port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureDrachtioTestServer
public abstract class SampleActuatorTest {

    private final int configuredPort;

    @LocalServerPort
    private int port;

    /**
     * @param configuredPort the {@code server.port} the sample's README gives
     */
    protected SampleActuatorTest(int configuredPort) {
        this.configuredPort = configuredPort;
    }

    @Test
    void servesHealthMetricsAndDrachtioOverHttpOnItsOwnPort() {
        ActuatorExposure.assertConfigured(configuredPort);
        ActuatorExposure.assertServed(port);
    }
}
