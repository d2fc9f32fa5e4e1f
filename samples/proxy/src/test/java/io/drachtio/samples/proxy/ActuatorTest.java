package io.drachtio.samples.proxy;

import io.drachtio.samples.testsupport.SampleActuatorTest;

/** Actuator over HTTP ({@code health}, {@code metrics}, {@code drachtio}) on port 8081. */
class ActuatorTest extends SampleActuatorTest {

    ActuatorTest() {
        super(8081);
    }
}
