package io.drachtio.testserver.stack;

import io.drachtio.sip.ReasonPhrases;
import io.drachtio.sip.SipMessageBuilder;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipRequestBuilder;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.SipResponseBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Builds the messages of the simulated parties on the network, in the plain layout of a SIP test
 * tool such as sipp (headers in a fixed order, Content-Length last): responses of a far end to a
 * request the server sent, and requests of a party inside a dialog.
 */
public final class FarEndMessages {

    private final Tokens tokens;

    /**
     * Creates the factory.
     *
     * @param tokens where new branches come from
     */
    public FarEndMessages(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Builds a far end's response to a request it received.
     *
     * @param request the request
     * @param farEnd  where the far end is (its Contact)
     * @param toTag   the far end's tag (not added to a 100 Trying)
     * @param parts   status, headers and body
     * @param rseq    the RSeq value for a reliable provisional response
     * @return the response
     */
    public SipResponse response(SipRequest request, SipEndpoint farEnd, String toTag, ResponseParts parts, long rseq) {
        int status = parts.status();
        SipResponseBuilder builder = SipResponse.builder(status)
                .reason(parts.reason() != null ? parts.reason() : ReasonPhrases.of(status));
        for (String via : request.headerValues("Via")) {
            builder.header("Via", via);
        }
        builder.header("From", request.header("From"));
        String to = request.header("To");
        builder.header("To", status == 100 ? to : AddressValue.parse(to).withTag(toTag).render());
        builder.header("Call-ID", request.callId());
        builder.header("CSeq", request.header("CSeq"));
        String method = request.method().toUpperCase(Locale.ROOT);
        boolean dialogCreating = "INVITE".equals(method) || "SUBSCRIBE".equals(method);
        if (dialogCreating && status > 100 && status < 300) {
            for (String recordRoute : request.headerValues("Record-Route")) {
                builder.header("Record-Route", recordRoute);
            }
            builder.header("Contact", "<sip:" + farEnd.hostPort() + ";transport="
                    + farEnd.protocol().toUpperCase(Locale.ROOT) + ">");
        }
        if (parts.reliable() && status > 100 && status < 200) {
            builder.header("Require", "100rel");
            builder.header("RSeq", Long.toString(rseq));
        }
        addAll(builder, parts.headers());
        if (parts.body().length > 0) {
            builder.header("Content-Type", parts.contentType());
            builder.body(parts.body());
        }
        return builder.build();
    }

    /**
     * Builds a request a party sends inside a dialog (ACK, BYE, INFO, PRACK, re-INVITE …).
     *
     * @param method      the method
     * @param party       the sending party's view of the dialog
     * @param cseq        the CSeq number
     * @param headers     extra header lines (e.g. RAck)
     * @param contentType the body's Content-Type, or {@code null}
     * @param body        the body, empty for none
     * @return the request
     */
    public SipRequest inDialog(String method, DialogParty party, long cseq, List<HeaderLine> headers,
            String contentType, byte[] body) {
        SipRequestBuilder builder = SipRequest.builder(method, party.target())
                .header("Via", party.self().viaProtocol() + " " + party.self().hostPort() + ";branch=" + tokens.branch())
                .header("From", party.selfAddress())
                .header("To", party.peerAddress())
                .header("Call-ID", party.callId())
                .header("CSeq", cseq + " " + method)
                .header("Max-Forwards", "70");
        addAll(builder, headers);
        if (body.length > 0) {
            builder.header("Content-Type", contentType);
            builder.body(body);
        }
        return builder.build();
    }

    /**
     * Builds the CANCEL a caller sends for its INVITE: same Request-URI, top Via, From, To,
     * Call-ID and CSeq number.
     *
     * @param invite the INVITE as the caller sent it
     * @return the CANCEL
     */
    public SipRequest cancel(SipRequest invite) {
        return SipRequest.builder("CANCEL", invite.requestUri())
                .header("Via", invite.headerValues("Via").get(0))
                .header("From", invite.header("From"))
                .header("To", invite.header("To"))
                .header("Call-ID", invite.callId())
                .header("CSeq", invite.cseq().number() + " CANCEL")
                .header("Max-Forwards", "70")
                .build();
    }

    private static void addAll(SipMessageBuilder<?> builder, List<HeaderLine> headers) {
        for (HeaderLine line : headers) {
            builder.header(line.name(), line.value());
        }
    }
}
