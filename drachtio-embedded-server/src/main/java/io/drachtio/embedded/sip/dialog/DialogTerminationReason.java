package io.drachtio.embedded.sip.dialog;

/** Why a dialog ended. */
public enum DialogTerminationReason {
    /** The remote side sent BYE. */
    BYE_RECEIVED,
    /** The stack sent BYE (its transaction ended). */
    BYE_SENT,
    /** An early dialog's INVITE got a non-2xx final response. */
    REJECTED,
    /** A reliable provisional response was never PRACKed (RFC 3262, 64×T1). */
    PRACK_TIMEOUT
}
