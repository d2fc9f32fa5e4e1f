/**
 * JMH benchmarks of the SIP message core; built by every verify, run by hand (see benchmarks/README.md).
 */
package io.drachtio.benchmarks;
