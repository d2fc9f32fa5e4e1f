/**
 * Observations and log context of the requests a drachtio application handles: one Micrometer
 * {@link io.micrometer.observation.Observation} per request (a timer and a span from one instrumentation),
 * its convention, the MDC keys set while a handler runs, and tag values shared with the meters.
 */
package io.drachtio.spring.observation;
