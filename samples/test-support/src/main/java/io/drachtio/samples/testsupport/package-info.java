/**
 * Test support shared by the samples' tests: {@link io.drachtio.samples.testsupport.ActuatorExposure}
 * checks what every sample promises an operator. Not part of the starter's API.
 */
package io.drachtio.samples.testsupport;
