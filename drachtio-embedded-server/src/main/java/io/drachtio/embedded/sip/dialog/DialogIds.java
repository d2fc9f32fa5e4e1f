package io.drachtio.embedded.sip.dialog;

/** Formats dialog ids the way drachtio-server does. */
public final class DialogIds {

    private DialogIds() {
    }

    /**
     * Returns the dialog id {@code <Call-ID>;from-tag=<tag>}, where the tag is the From-tag of the
     * dialog-creating request (the remote tag for UAS dialogs, the local tag for UAC dialogs).
     *
     * @param callId  the Call-ID
     * @param fromTag the From-tag of the dialog-creating request
     * @return the dialog id
     */
    public static String of(String callId, String fromTag) {
        return callId + ";from-tag=" + fromTag;
    }
}
