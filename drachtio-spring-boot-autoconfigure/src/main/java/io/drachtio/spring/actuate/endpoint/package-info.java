/**
 * The {@code drachtio} Actuator endpoint: connections, routed verbs and handler mappings; drain and
 * resume.
 */
package io.drachtio.spring.actuate.endpoint;
