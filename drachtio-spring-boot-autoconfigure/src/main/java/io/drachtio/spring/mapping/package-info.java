/**
 * Handler mappings: discovering {@code @SipRequestMapping} methods at start-up
 * ({@link io.drachtio.spring.mapping.SipHandlerMappingDiscoverer}), their prepared conditions, and the
 * registry that picks the most specific mapping for a request
 * ({@link io.drachtio.spring.mapping.SipHandlerRegistry}).
 */
package io.drachtio.spring.mapping;
