package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.SipEndpoint;
import java.util.Objects;

/**
 * A dialog set up through a proxy operation with {@code remainInDialog}: the server record-routed
 * it and relays its in-dialog requests statelessly, without involving an application (§9.1).
 *
 * @param callId     the Call-ID
 * @param callerTag  the caller's tag
 * @param calleeTag  the answering target's tag
 * @param caller     where the caller is
 * @param callee     where the answering target is
 */
public record ProxiedDialog(String callId, String callerTag, String calleeTag, SipEndpoint caller,
        SipEndpoint callee) {

    /**
     * Tells whether a request belongs to this dialog (sent by either side).
     *
     * @param requestCallId its Call-ID
     * @param fromTag       its From tag
     * @param toTag         its To tag
     * @return {@code true} when Call-ID and tags match
     */
    public boolean matches(String requestCallId, String fromTag, String toTag) {
        return callId.equals(requestCallId) && ((Objects.equals(fromTag, callerTag) && Objects.equals(toTag, calleeTag))
                || (Objects.equals(fromTag, calleeTag) && Objects.equals(toTag, callerTag)));
    }

    /**
     * Returns where a request with this From tag is relayed to.
     *
     * @param fromTag the request's From tag
     * @return the other side
     */
    public SipEndpoint destinationFor(String fromTag) {
        return callerTag.equals(fromTag) ? callee : caller;
    }
}
