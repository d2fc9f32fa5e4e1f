/**
 * The network side of the test server: the admin listener (plain TCP or TLS) and outbound
 * connections to applications, each with the wire pipeline of {@code io.drachtio.wire} and a
 * handler that hands decoded commands to the emulated server on its single event loop.
 * Internal to the test server; not an API.
 */
package io.drachtio.testserver.net;
