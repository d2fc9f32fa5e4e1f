/**
 * Actuator support of a drachtio application: health ({@code health}), meters ({@code metrics}), the
 * {@code drachtio} endpoint ({@code endpoint}) and their auto-configuration ({@code autoconfigure}),
 * active only when Spring Boot Actuator is on the class path.
 */
package io.drachtio.spring.actuate;
