package io.drachtio.embedded.sip.message;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipRequestBuilder;
import io.drachtio.sip.SipResponse;

/**
 * Builds the requests that belong to an INVITE's transaction: the ACK of a non-2xx final response (RFC
 * 3261 §17.1.1.3) and the CANCEL (§9.1). Both carry the INVITE's Request-URI, top Via (so its branch),
 * From, Call-ID, CSeq number and Route headers.
 */
public final class DerivedRequests {

    private DerivedRequests() {
    }

    /**
     * Builds the ACK for a non-2xx final response: To is taken from the response (with its tag).
     *
     * @param invite   the INVITE as sent
     * @param response the non-2xx final response
     * @return the ACK
     */
    public static SipRequest ackFor(SipRequest invite, SipResponse response) {
        return sameTransaction(invite, SipMethod.ACK, response.header(HeaderNames.TO));
    }

    /**
     * Builds the CANCEL of an INVITE: To is the INVITE's.
     *
     * @param invite the INVITE as sent
     * @return the CANCEL
     */
    public static SipRequest cancelFor(SipRequest invite) {
        return sameTransaction(invite, SipMethod.CANCEL, invite.header(HeaderNames.TO));
    }

    private static SipRequest sameTransaction(SipRequest invite, String method, String to) {
        SipRequestBuilder builder = SipRequest.builder(method, invite.requestUri())
                .header(HeaderNames.VIA, invite.headerValues(HeaderNames.VIA).get(0))
                .header(HeaderNames.MAX_FORWARDS, "70")
                .header(HeaderNames.FROM, invite.header(HeaderNames.FROM))
                .header(HeaderNames.TO, to)
                .header(HeaderNames.CALL_ID, invite.callId())
                .header(HeaderNames.CSEQ, invite.cseq().number() + " " + method);
        for (String route : invite.headerValues(HeaderNames.ROUTE)) {
            builder.header(HeaderNames.ROUTE, route);
        }
        return builder.build();
    }
}
