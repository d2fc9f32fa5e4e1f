/**
 * Actuator health of a drachtio application: the {@code drachtio} group with one indicator per
 * connection to a drachtio server.
 */
package io.drachtio.spring.actuate.health;
