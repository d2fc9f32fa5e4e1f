package io.drachtio.samples.uas100rel;

import io.drachtio.samples.testsupport.SampleActuatorTest;

/** Actuator over HTTP ({@code health}, {@code metrics}, {@code drachtio}) on port 8084. */
class ActuatorTest extends SampleActuatorTest {

    ActuatorTest() {
        super(8084);
    }
}
