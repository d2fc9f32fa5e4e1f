/**
 * Micrometer meters of a drachtio application: {@link io.drachtio.spring.actuate.metrics.DrachtioClientMetrics}
 * records the client's traffic through its observer hooks,
 * {@link io.drachtio.spring.actuate.metrics.DrachtioClientMeterBinder} binds gauges read from the client.
 * Names and tags are in {@link io.drachtio.spring.actuate.metrics.DrachtioMeterNames}.
 */
package io.drachtio.spring.actuate.metrics;
