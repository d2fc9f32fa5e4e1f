package io.drachtio.testserver.stack;

import io.drachtio.sip.ReasonPhrases;
import io.drachtio.sip.SipRequest;

/**
 * Builds the responses drachtio-server's SIP stack sends by itself — 503 when no application is
 * routed, 481 without a dialog, 200 to a CANCEL, 487 to a cancelled INVITE, 408 when no proxy
 * target answered — in the stack's header layout.
 */
public final class StackResponses {

    private StackResponses() {
    }

    /**
     * Builds a response to a request received from the network.
     *
     * @param request the request (as delivered, with the re-encoded top Via)
     * @param status  the status code
     * @param toTag   the To tag to add when the request's To has none
     * @return the response bytes
     */
    public static byte[] build(SipRequest request, int status, String toTag) {
        MessageLayout layout = new MessageLayout("SIP/2.0 " + status + " " + ReasonPhrases.of(status));
        for (String via : request.headerValues("Via")) {
            layout.add(KnownHeader.VIA, via);
        }
        layout.set(KnownHeader.FROM, request.header("From"));
        layout.set(KnownHeader.TO, AddressValue.parse(request.header("To")).withTag(toTag).render());
        layout.set(KnownHeader.CALL_ID, request.callId());
        layout.set(KnownHeader.CSEQ, request.header("CSeq"));
        return layout.toBytes();
    }
}
