/**
 * JMH benchmark of what observability costs per request: the handler observation with and without a
 * registry, and the client's meters.
 */
package io.drachtio.benchmarks.observability;
