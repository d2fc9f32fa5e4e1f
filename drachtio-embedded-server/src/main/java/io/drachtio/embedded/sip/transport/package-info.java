/**
 * SIP transport (RFC 3261 §18, RFC 3581): UDP and TCP listeners and senders on Netty, stream framing by
 * Content-Length, strict parsing of everything that arrives (malformed requests answered 400 or dropped),
 * {@code received}/{@code rport} stamping, response routing and resolution of request targets.
 */
package io.drachtio.embedded.sip.transport;
