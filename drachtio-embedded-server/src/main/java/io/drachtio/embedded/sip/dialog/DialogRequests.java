package io.drachtio.embedded.sip.dialog;

import io.drachtio.embedded.sip.message.MessageRewrite;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;

/**
 * Builds requests inside a dialog (RFC 3261 §12.2.1.1) from what a TU supplies: the Request-URI
 * (typically a placeholder) becomes the remote target; From, To, Call-ID, CSeq and Route come from the
 * dialog; the TU's other headers and body are kept. ACK takes the last INVITE's CSeq number; PRACK gets an
 * RAck for the last reliable provisional when the TU gave none (RFC 3262 §7.2).
 */
public final class DialogRequests {

    private DialogRequests() {
    }

    /**
     * Builds the in-dialog version of a request. Advances the local CSeq except for ACK.
     *
     * @param dialog  the dialog
     * @param request the TU's request (method, optional headers and body)
     * @return the request to send (without Via; the UA core adds it)
     */
    public static SipRequest prepare(Dialog dialog, SipRequest request) {
        String method = request.method();
        long cseq = SipMethod.ACK.equals(method) ? dialog.inviteCSeq() : dialog.nextLocalCSeq();
        if (SipMethod.INVITE.equals(method)) {
            dialog.inviteSent(cseq);
        }
        MessageRewrite rewrite = MessageRewrite.of(request)
                .remove(HeaderNames.VIA)
                .set(HeaderNames.FROM, dialog.localParty())
                .set(HeaderNames.TO, dialog.remoteParty())
                .set(HeaderNames.CALL_ID, dialog.callId())
                .set(HeaderNames.CSEQ, cseq + " " + method)
                .replace(HeaderNames.ROUTE, dialog.routeSet());
        if (!request.hasHeader(HeaderNames.MAX_FORWARDS)) {
            rewrite.set(HeaderNames.MAX_FORWARDS, "70");
        }
        if (SipMethod.PRACK.equals(method) && !request.hasHeader(HeaderNames.RACK) && dialog.lastRemoteRSeq() >= 0) {
            rewrite.set(HeaderNames.RACK, dialog.lastRemoteRSeq() + " " + dialog.inviteCSeq() + " " + SipMethod.INVITE);
        }
        return rewrite.toRequest(method, dialog.remoteTarget().toString());
    }
}
