package io.drachtio.testserver;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.engine.Dialog;
import io.drachtio.testserver.stack.HeaderLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dialog of a simulated party on the network, seen from that party: with an application, or —
 * for the caller of a record-routed proxied call — with the target that answered, through the
 * server. The party sends requests inside the dialog (BYE, INFO, re-INVITE, …), to its remote
 * target along its route set (RFC 3261 §12.2.1.1), and receives the ones the server sends to it
 * (the application's BYE, the server's own BYE after an ACK timeout, a request relayed from the
 * target).
 */
public final class NetworkDialog {

    private final SimulatedNetwork network;
    private final PartyDialog dialog;

    NetworkDialog(SimulatedNetwork network, Dialog dialog) {
        this(network, new ApplicationPartyDialog(network, dialog));
    }

    NetworkDialog(SimulatedNetwork network, PartyDialog dialog) {
        this.network = network;
        this.dialog = dialog;
    }

    /**
     * Returns the dialog id as the server reports it to the application.
     *
     * @return {@code <Call-ID>;from-tag=<tag>}
     */
    public String dialogId() {
        return dialog.id();
    }

    /**
     * Tells whether the server still has the dialog.
     *
     * @return {@code false} once it ended
     */
    public boolean isActive() {
        return dialog.isActive();
    }

    /**
     * Hangs up.
     *
     * @return the BYE's transaction
     */
    public NetworkTransaction sendBye() {
        return sendRequest("BYE");
    }

    /**
     * Sends a request without body inside the dialog.
     *
     * @param method the method, e.g. {@code INFO}
     * @return the request's transaction
     */
    public NetworkTransaction sendRequest(String method) {
        return sendRequest(method, List.of(), null, null);
    }

    /**
     * Sends a request inside the dialog.
     *
     * @param method      the method
     * @param headers     extra header lines
     * @param contentType the body's Content-Type, or {@code null} without body
     * @param body        the body text (UTF-8), or {@code null}
     * @return the request's transaction
     */
    public NetworkTransaction sendRequest(String method, List<SipHeader> headers, String contentType, String body) {
        Objects.requireNonNull(method, "method");
        List<HeaderLine> lines = new ArrayList<>();
        for (String route : dialog.routeSet()) {
            lines.add(new HeaderLine("Route", route));
        }
        for (SipHeader header : headers) {
            lines.add(new HeaderLine(header.name(), header.value()));
        }
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SipRequest request = network.messages().inDialog(method, dialog.party(), dialog.cseqFor(method), lines,
                contentType, bodyBytes);
        return network.send(request.toBytes(), null);
    }

    /**
     * Waits for the next request the server sends to this party inside the dialog.
     *
     * @return the request
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitRequest() {
        return network.awaitRequest("a request in dialog " + dialog.id(),
                dialog::carries);
    }

    /**
     * Waits for the next request with a given method the server sends to this party inside the
     * dialog.
     *
     * @param method the method, e.g. {@code BYE}
     * @return the request
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitRequest(String method) {
        return network.awaitRequest("a " + method + " in dialog " + dialog.id(),
                sent -> dialog.carries(sent) && sent.method().equalsIgnoreCase(method));
    }

    @Override
    public String toString() {
        return "NetworkDialog[" + dialog + "]";
    }
}
