package io.drachtio.embedded.sip.dialog;

/** The life cycle of a dialog (RFC 3261 §12). */
public enum DialogState {
    /** Created by a reliable provisional response. */
    EARLY,
    /** Created or confirmed by a 2xx response. */
    CONFIRMED,
    /** Ended by BYE, a failed INVITE or an ACK / PRACK timeout. */
    TERMINATED
}
