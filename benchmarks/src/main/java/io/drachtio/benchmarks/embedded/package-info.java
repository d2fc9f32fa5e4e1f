/**
 * Benchmarks of the embedded server ({@code drachtio-embedded-server}): JMH benchmarks of its SIP stack
 * without sockets, and a sipp load harness through the whole server with an application on the control
 * protocol.
 */
package io.drachtio.benchmarks.embedded;
