/**
 * Auto-configuration of the embedded, in-JVM drachtio-compatible server ({@code drachtio.embedded.*}):
 * with {@code drachtio-embedded-server} on the classpath and {@code drachtio.embedded.enabled=true} the
 * application starts its own SIP server and connects to it. For development and tests; production uses
 * drachtio-server.
 */
package io.drachtio.spring.boot.autoconfigure.embedded;
