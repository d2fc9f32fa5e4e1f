package io.drachtio.testserver.stack;

import io.drachtio.sip.ReasonPhrases;
import io.drachtio.sip.SipRequest;
import java.util.Set;

/**
 * The parts of a message drachtio-server's stack builds from a client's {@code sip} command that do
 * not depend on where the message goes: the start line, the client's headers under the stack's rules,
 * the headers a response copies from its request, and the body with {@code application/sdp} when it
 * looks like SDP. The callers add what their network side owns (Via, tags, Contact, RSeq …).
 */
public final class ClientLayouts {

    private ClientLayouts() {
    }

    /**
     * Starts a request.
     *
     * @param method  the upper-case method
     * @param uri     the Request-URI
     * @param message the client's message
     * @param rules   the header rules of the transport used
     * @param ignored well-known headers of the client to drop (for example the ones a dialog owns)
     * @return the layout with start line, client headers and body
     */
    public static MessageLayout request(String method, String uri, ClientSipMessage message, ClientHeaders rules,
            Set<KnownHeader> ignored) {
        MessageLayout layout = new MessageLayout(method + " " + uri + " SIP/2.0");
        rules.applyTo(message.headers(), layout, ignored);
        return body(layout, message);
    }

    /**
     * Starts a response to a request: status line (the standard reason phrase when the client gave
     * none), the client's headers, the request's Vias, and From, To, Call-ID and CSeq from the request
     * where the client did not set them. The To tag is left as it is.
     *
     * @param message the client's response
     * @param request the request answered
     * @param rules   the header rules of the transport used
     * @return the layout
     */
    public static MessageLayout response(ClientSipMessage message, SipRequest request, ClientHeaders rules) {
        int status = message.status();
        MessageLayout layout = new MessageLayout("SIP/2.0 " + status + " "
                + (message.reasonPhrase().isEmpty() ? ReasonPhrases.of(status) : message.reasonPhrase()));
        rules.applyTo(message.headers(), layout, Set.of());
        for (String via : request.headerValues("Via")) {
            layout.add(KnownHeader.VIA, via);
        }
        layout.setIfAbsent(KnownHeader.FROM, request.header("From"));
        layout.setIfAbsent(KnownHeader.TO, request.header("To"));
        layout.setIfAbsent(KnownHeader.CALL_ID, request.callId());
        layout.setIfAbsent(KnownHeader.CSEQ, request.header("CSeq"));
        return body(layout, message);
    }

    /**
     * Sets the client's body, with {@code Content-Type: application/sdp} when it looks like SDP and
     * the client gave no type.
     *
     * @param layout  the message being built
     * @param message the client's message
     * @return the layout
     */
    public static MessageLayout body(MessageLayout layout, ClientSipMessage message) {
        layout.body(message.body());
        if (layout.bodyLooksLikeSdp()) {
            layout.setIfAbsent(KnownHeader.CONTENT_TYPE, "application/sdp");
        }
        return layout;
    }

    /**
     * Tells whether a client's message has a body that is not SDP and no Content-Type (the server
     * refuses it with {@code missing content-type}).
     *
     * @param message the client's message
     * @return {@code true} when the Content-Type is missing
     */
    public static boolean lacksContentType(ClientSipMessage message) {
        if (message.bodyLength() == 0 || message.has("Content-Type")) {
            return false;
        }
        return !new MessageLayout("").body(message.body()).bodyLooksLikeSdp();
    }

    /**
     * Tells whether a client's response carries {@code Require: 100rel}.
     *
     * @param message the client's message
     * @return {@code true} for a reliable provisional response
     */
    public static boolean requires100rel(ClientSipMessage message) {
        for (HeaderLine line : message.headers()) {
            if (line.is("Require")) {
                for (String option : line.value().split(",")) {
                    if (option.trim().equalsIgnoreCase("100rel")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
