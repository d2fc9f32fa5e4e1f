package io.drachtio.embedded.sip.transaction;

/** The states of RFC 3261 §17 transactions, with "Accepted" from RFC 6026. */
public enum TransactionState {
    /** INVITE client: request sent, nothing received yet. */
    CALLING,
    /** Non-INVITE client and server: request sent or received, no response yet. */
    TRYING,
    /** A provisional response was received or sent. */
    PROCEEDING,
    /** A final non-2xx response (any final response for non-INVITE) was received or sent. */
    COMPLETED,
    /** INVITE server: the ACK for a non-2xx final response arrived. */
    CONFIRMED,
    /** INVITE client and server: a 2xx was received or sent (RFC 6026). */
    ACCEPTED,
    /** Finished; the transaction is no longer matched. */
    TERMINATED
}
