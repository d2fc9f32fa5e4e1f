/**
 * Blocking, time-limited waiting for things that happen asynchronously in the test server (a
 * response the application sent, a request it put on the network, a connection that closed).
 * A wait that times out fails with an {@link java.lang.AssertionError} saying what was awaited and
 * what arrived instead, so a failing test explains itself.
 */
package io.drachtio.testserver.await;
