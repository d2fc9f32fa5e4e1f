/**
 * JMH benchmarks of the drachtio client's hot paths (a delivered request, an encoded response);
 * built by every verify, run by hand (see benchmarks/README.md).
 */
package io.drachtio.benchmarks.client;
