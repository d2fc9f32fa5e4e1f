/**
 * The embedded, in-JVM drachtio-compatible server ({@link io.drachtio.embedded.EmbeddedDrachtioServer}):
 * the drachtio control protocol to applications, real SIP over UDP and TCP to peers. For development and
 * tests on one machine; production uses drachtio-server.
 */
package io.drachtio.embedded;
