package io.drachtio.samples.registrar;

import io.drachtio.samples.testsupport.SampleActuatorTest;
import org.springframework.test.context.ActiveProfiles;

/** Actuator over HTTP ({@code health}, {@code metrics}, {@code drachtio}) on port 8082. */
@ActiveProfiles("prod")
class ActuatorTest extends SampleActuatorTest {

    ActuatorTest() {
        super(8082);
    }
}
