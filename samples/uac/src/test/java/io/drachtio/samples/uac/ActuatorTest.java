package io.drachtio.samples.uac;

import io.drachtio.samples.testsupport.SampleActuatorTest;

/** Actuator over HTTP ({@code health}, {@code metrics}, {@code drachtio}) on port 8083. */
class ActuatorTest extends SampleActuatorTest {

    ActuatorTest() {
        super(8083);
    }
}
