/**
 * The SIP stack of the embedded drachtio-compatible server. {@link io.drachtio.embedded.sip.SipStack}
 * binds UDP and TCP and runs a {@link io.drachtio.embedded.sip.SipCore}, which offers the operations a
 * transaction user (the drachtio control side) needs and reports to its
 * {@link io.drachtio.embedded.sip.ua.TransactionUser}. Sub-packages: {@code transport}, {@code transaction},
 * {@code dialog}, {@code ua} (UA core), {@code proxy}, {@code message}, {@code time}.
 */
package io.drachtio.embedded.sip;
