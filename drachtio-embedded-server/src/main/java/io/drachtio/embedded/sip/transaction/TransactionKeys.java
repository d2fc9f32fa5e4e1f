package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.Via;
import java.util.Locale;

/**
 * Computes the keys transactions are matched by.
 *
 * <ul>
 *   <li>Server side, RFC 3261 §17.2.3: with a {@code z9hG4bK} branch, branch + sent-by + method (ACK
 *       matches the INVITE). Without the magic cookie (RFC 2543 clients), or with nothing after it
 *       (RFC 4475 {@code badbranch}): Request-URI, From-tag,
 *       Call-ID, CSeq number, top Via and method (the To-tag is left out so that the ACK of a non-2xx
 *       response still matches its INVITE).</li>
 *   <li>Client side, §17.1.3: branch of the top Via + CSeq method.</li>
 * </ul>
 */
public final class TransactionKeys {

    private TransactionKeys() {
    }

    /**
     * Returns the server-side key of a received request.
     *
     * @param request the request (strictly parsed)
     * @return the key
     */
    public static String serverKey(SipRequest request) {
        return serverKey(request, matchedMethod(request.method()));
    }

    /**
     * Returns the key of the INVITE server transaction that a CANCEL or ACK refers to.
     *
     * @param request a CANCEL or ACK
     * @return the key the INVITE transaction was stored under
     */
    public static String inviteKeyFor(SipRequest request) {
        return serverKey(request, SipMethod.INVITE);
    }

    private static String serverKey(SipRequest request, String method) {
        Via via = request.topVia();
        String branch = via.branch();
        if (branch != null && branch.startsWith(IdGenerator.MAGIC_COOKIE)
                && branch.length() > IdGenerator.MAGIC_COOKIE.length()) {
            return branch + '|' + sentBy(via) + '|' + method;
        }
        return "rfc2543|" + request.requestUri() + '|' + request.from().tag() + '|' + request.callId() + '|'
                + request.cseq().number() + '|' + sentBy(via) + '|' + branch + '|' + method;
    }

    /**
     * Returns the client-side key of a request sent or a response received.
     *
     * @param message the request or response
     * @return branch + CSeq method
     */
    public static String clientKey(SipMessage message) {
        return message.topVia().branch() + '|' + message.cseq().method();
    }

    private static String matchedMethod(String method) {
        return SipMethod.ACK.equals(method) ? SipMethod.INVITE : method;
    }

    private static String sentBy(Via via) {
        return via.host().toLowerCase(Locale.ROOT) + ':' + via.port();
    }
}
