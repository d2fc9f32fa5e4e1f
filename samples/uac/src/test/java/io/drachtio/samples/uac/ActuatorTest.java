package io.drachtio.samples.uac;

import io.drachtio.samples.testsupport.ActuatorExposure;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operators see the sample's state: Actuator over HTTP exposes {@code health}, {@code metrics} and
 * {@code drachtio}, and {@code application.yml} puts it on port 8083.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureDrachtioTestServer
class ActuatorTest {

    @LocalServerPort
    int port;

    @Test
    void servesHealthMetricsAndDrachtioOverHttpOnItsOwnPort() {
        ActuatorExposure.assertConfigured(8083);
        ActuatorExposure.assertServed(port);
    }
}
