package io.drachtio.testserver;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.engine.Dialog;
import io.drachtio.testserver.stack.DialogParty;
import io.drachtio.testserver.stack.HeaderLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dialog between an application and a simulated party on the network, seen from that party:
 * it sends requests inside the dialog (BYE, INFO, re-INVITE, …) and receives the ones the server
 * sends to it (the application's BYE, or the server's own BYE after an ACK timeout).
 */
public final class NetworkDialog {

    private final SimulatedNetwork network;
    private final Dialog dialog;

    NetworkDialog(SimulatedNetwork network, Dialog dialog) {
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
        return network.onLoop(() -> network.engine().context().dialogs().contains(dialog));
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
        for (SipHeader header : headers) {
            lines.add(new HeaderLine(header.name(), header.value()));
        }
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        DialogParty party = new DialogParty(dialog.farEnd(), dialog.remoteAddress(),
                dialog.localAddress() + ";tag=" + dialog.localTag(), dialog.callId(), dialog.localContact());
        long cseq = "ACK".equalsIgnoreCase(method) ? dialog.remoteInviteCseq()
                : dialog.nextRemoteCseq("INVITE".equalsIgnoreCase(method));
        SipRequest request = network.messages().inDialog(method, party, cseq, lines, contentType, bodyBytes);
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
                sent -> dialog.id().equals(sent.dialogId()));
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
                sent -> dialog.id().equals(sent.dialogId()) && sent.method().equalsIgnoreCase(method));
    }

    @Override
    public String toString() {
        return "NetworkDialog[" + dialog + "]";
    }
}
