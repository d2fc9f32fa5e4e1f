package io.drachtio.samples.registrar;

import io.drachtio.samples.testsupport.ActuatorExposure;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Operators see the sample's state: Actuator over HTTP exposes {@code health}, {@code metrics} and
 * {@code drachtio}, and {@code application.yml} puts it on port 8082.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureDrachtioTestServer
@ActiveProfiles("prod")
class ActuatorTest {

    @LocalServerPort
    int port;

    @Test
    void servesHealthMetricsAndDrachtioOverHttpOnItsOwnPort() {
        ActuatorExposure.assertConfigured(8082);
        ActuatorExposure.assertServed(port);
    }
}
