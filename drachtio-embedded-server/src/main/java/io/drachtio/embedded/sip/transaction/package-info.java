/**
 * The RFC 3261 §17 transaction layer (with the RFC 6026 "Accepted" state): INVITE and non-INVITE client
 * and server transactions, their timers A–K, L and M on a {@link io.drachtio.embedded.sip.time.SipScheduler},
 * retransmissions over UDP only, matching of requests and responses per §17.1.3 and §17.2.3, and the
 * {@link io.drachtio.embedded.sip.transaction.TransactionLayer} that owns them.
 */
package io.drachtio.embedded.sip.transaction;
