/**
 * Auto-configuration of the Actuator support: health, meters and the {@code drachtio} endpoint, each
 * active only when its part of Actuator is on the class path.
 */
package io.drachtio.spring.actuate.autoconfigure;
