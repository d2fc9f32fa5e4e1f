/**
 * The network side of the test server: the admin listener (plain TCP or TLS) and outbound
 * connections to applications, each with the wire pipeline of {@code io.drachtio.wire} and a
 * handler that hands decoded commands to a {@code ControlCommandHandler} (the emulated server, or
 * the embedded server's control side) on its single event loop.
 * Internal to the test server and the embedded server; not an application API.
 */
package io.drachtio.testserver.net;
