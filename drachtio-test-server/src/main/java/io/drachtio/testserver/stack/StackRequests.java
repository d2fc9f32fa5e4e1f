package io.drachtio.testserver.stack;

import io.drachtio.sip.SipRequest;

/**
 * Builds the requests drachtio-server's stack derives from an INVITE it sent: the ACK of a non-2xx
 * final response and the CANCEL — both with the INVITE's top Via (same branch), From, Call-ID
 * and CSeq number.
 */
public final class StackRequests {

    private StackRequests() {
    }

    /**
     * Builds the ACK for a non-2xx final response.
     *
     * @param invite  the INVITE as sent
     * @param toValue the To header value of the final response (with the far end's tag)
     * @return the ACK bytes
     */
    public static byte[] ack(SipRequest invite, String toValue) {
        return derived("ACK", invite).set(KnownHeader.TO, toValue).toBytes();
    }

    /**
     * Starts the CANCEL of an INVITE; extra headers may still be added.
     *
     * @param invite the INVITE as sent
     * @return the CANCEL layout with Via, Max-Forwards, From, To, Call-ID and CSeq
     */
    public static MessageLayout cancel(SipRequest invite) {
        return derived("CANCEL", invite).set(KnownHeader.TO, invite.header("To"));
    }

    private static MessageLayout derived(String method, SipRequest invite) {
        return new MessageLayout(method + " " + invite.requestUri() + " SIP/2.0")
                .add(KnownHeader.VIA, invite.headerValues("Via").get(0))
                .set(KnownHeader.MAX_FORWARDS, "70")
                .set(KnownHeader.FROM, invite.header("From"))
                .set(KnownHeader.CALL_ID, invite.callId())
                .set(KnownHeader.CSEQ, invite.cseq().number() + " " + method);
    }
}
