/** JMH benchmarks of the embedded SIP stack ({@code drachtio-embedded-server}). */
package io.drachtio.benchmarks.embedded;
