package io.drachtio.spring.dispatch;

import io.drachtio.sip.SipMethod;

/**
 * The answers the dispatcher gives when the application did not answer:
 * <ul>
 * <li>no handler matches: {@code ACK} nothing, {@code PRACK} and {@code BYE} {@code 200 OK}, anything else
 *     {@code 404 Not Found};</li>
 * <li>a handler finished (returned {@code void}, {@code null} or an empty {@code Mono}) without a final
 *     response: {@code ACK} nothing, {@code INVITE} {@code 500 Server Internal Error} (an INVITE must be
 *     answered deliberately: a bare 200 would set up a call without a session description), anything
 *     else {@code 200 OK}.</li>
 * </ul>
 * Nothing is sent for unsolicited requests or when the request can no longer be answered (cancelled,
 * proxied, final response sent).
 */
public final class DefaultAnswers {

    /** Status meaning "send nothing". */
    public static final int NONE = 0;

    private DefaultAnswers() {
    }

    /**
     * @param method the request method
     * @return the status for a request no handler matches, or {@link #NONE}
     */
    public static int unmatched(String method) {
        if (SipMethod.ACK.equals(method)) {
            return NONE;
        }
        if (SipMethod.PRACK.equals(method) || SipMethod.BYE.equals(method)) {
            return 200;
        }
        return 404;
    }

    /**
     * @param method the request method
     * @return the status for a request its handler left unanswered, or {@link #NONE}
     */
    public static int unanswered(String method) {
        if (SipMethod.ACK.equals(method)) {
            return NONE;
        }
        return SipMethod.INVITE.equals(method) ? 500 : 200;
    }
}
