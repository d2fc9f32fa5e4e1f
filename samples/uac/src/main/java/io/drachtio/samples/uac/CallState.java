package io.drachtio.samples.uac;

import java.util.Locale;

/** Where a call placed by {@link Dialer} stands. */
public enum CallState {

    /** The INVITE is sent; no ringing yet. */
    CALLING,
    /** The far end is ringing (180/183). */
    RINGING,
    /** Answered (2xx) and ACKed; the BYE follows after the call's duration. */
    ANSWERED,
    /** Hung up: our BYE after the duration, or the far end's. */
    ENDED,
    /** CANCELled after {@code cancel-after} because nobody answered (the far end answered 487). */
    CANCELLED,
    /** Rejected (the final status says why) or not sent at all. */
    FAILED;

    /** @return {@code true} once nothing more happens to the call */
    public boolean isFinished() {
        return this == ENDED || this == CANCELLED || this == FAILED;
    }

    /** @return the name shown by the HTTP API, e.g. {@code answered} */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
