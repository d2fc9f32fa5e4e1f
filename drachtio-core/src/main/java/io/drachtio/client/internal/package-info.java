/**
 * The implementation of the drachtio client ({@link io.drachtio.client}). Not API: the public types
 * here exist so that the parts can be wired together and tested; applications use the interfaces of
 * {@link io.drachtio.client} and {@link io.drachtio.client.DrachtioClient#builder()}.
 *
 * <p>Layout: a {@link io.drachtio.client.internal.Session} is one TCP (or TLS) connection to a
 * drachtio server. It owns the command correlation ({@link io.drachtio.client.internal.CommandCorrelator}),
 * the UAS state ({@link io.drachtio.client.internal.IncomingTransactions}) and the UAC state
 * ({@link io.drachtio.client.internal.UacRouter}); every change to that state runs on the session's
 * Netty event loop, so no locks are needed. A {@link io.drachtio.client.DrachtioConnection} (inbound:
 * {@link io.drachtio.client.internal.InboundConnection}, outbound:
 * {@link io.drachtio.client.internal.OutboundConnection}) owns the current session and, for inbound
 * connections, reconnects.
 */
package io.drachtio.client.internal;
