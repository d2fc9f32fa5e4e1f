package io.drachtio.embedded.sip.dialog;

/** Which side of the dialog-creating INVITE the stack was on. */
public enum DialogRole {
    /** The stack sent the INVITE. */
    UAC,
    /** The stack received the INVITE. */
    UAS
}
