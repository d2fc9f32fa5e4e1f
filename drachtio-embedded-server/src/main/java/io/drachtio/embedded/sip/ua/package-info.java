/**
 * The UA core (RFC 3261 §8, §12, §13; RFC 3262) between the transactions and the transaction user:
 * answers and dialogs on the UAS side (To-tags, Contact, 2xx retransmission until ACK, CANCEL → 200 +
 * 487, reliable provisionals until PRACK), requests and dialogs on the UAC side (defaults, in-dialog
 * requests, ACK for 2xx, CANCEL), and the {@link io.drachtio.embedded.sip.ua.TransactionUser} interface
 * the control side implements.
 */
package io.drachtio.embedded.sip.ua;
