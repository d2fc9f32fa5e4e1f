package io.drachtio.testserver;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.Dialog;
import io.drachtio.testserver.engine.IncomingTransaction;
import io.drachtio.testserver.engine.ProxiedDialog;
import io.drachtio.testserver.stack.DialogParty;
import io.drachtio.testserver.stack.HeaderLine;
import io.drachtio.testserver.stack.SipBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request the test sent from the simulated network to the server, seen from the sender's side:
 * what the server did with it, the responses the sender received (from the application or from
 * the server itself), and the follow-up requests of the same caller (ACK, CANCEL, PRACK, BYE).
 */
public final class NetworkTransaction {

    private final SimulatedNetwork network;
    private final IncomingTransaction transaction;
    private final byte[] sent;

    NetworkTransaction(SimulatedNetwork network, IncomingTransaction transaction, byte[] sent) {
        this.network = network;
        this.transaction = transaction;
        this.sent = sent.clone();
    }

    /**
     * Returns the request as the server handed it to the application (the top Via carrying
     * {@code rport=<port>}, §6.2.1).
     *
     * @return the delivered request
     */
    public SipRequest request() {
        return transaction.request();
    }

    /**
     * Returns the request exactly as the test sent it.
     *
     * @return a fresh parse of the bytes sent
     */
    public SipRequest sentRequest() {
        return SipBytes.request(sent);
    }

    /**
     * Returns the transaction id the server gave the request (the one the application answers on).
     *
     * @return the transaction id
     */
    public String transactionId() {
        return transaction.id();
    }

    /**
     * Tells what the server did with the request.
     *
     * @return delivered, answered by the server, absorbed, relayed or dropped
     */
    public RequestHandling handling() {
        return transaction.handling();
    }

    /**
     * Returns the connection the request was handed to.
     *
     * @return the connection, or empty when the server did not deliver it
     */
    public Optional<AppConnection> deliveredTo() {
        return Optional.ofNullable(network.connection(transaction.owner()));
    }

    /**
     * Waits for the next response the sender receives.
     *
     * @return the response (never a 100 Trying: the server's implicit one is not modelled)
     * @throws AssertionError when none arrives within the await timeout
     */
    public SipResponse awaitResponse() {
        return transaction.responses().take("a response", network.timeout());
    }

    /**
     * Waits for a response with a given status, skipping none: other responses stay available.
     *
     * @param status the status code
     * @return the response
     * @throws AssertionError when none arrives within the await timeout
     */
    public SipResponse awaitResponse(int status) {
        return transaction.responses().take("a " + status + " response", r -> r.status() == status,
                network.timeout());
    }

    /**
     * Waits for the final response; provisional responses stay available to
     * {@link #awaitResponse()}.
     *
     * @return the final response
     * @throws AssertionError when none arrives within the await timeout
     */
    public SipResponse awaitFinalResponse() {
        return transaction.responses().take("a final response", r -> r.status() >= 200, network.timeout());
    }

    /**
     * Returns every response the sender received so far.
     *
     * @return the responses, oldest first; empty when none
     */
    public List<SipResponse> responses() {
        return transaction.responses().history();
    }

    /**
     * Sends the ACK for the final response received (for a 2xx: inside the dialog, to the Contact
     * along the route set of the 2xx's Record-Route — delivered to the application, or for a proxied
     * call end to end to the answering target; for a failure: absorbed by the server).
     *
     * @return the ACK's transaction
     * @throws AssertionError when no final response arrived yet
     */
    public NetworkTransaction sendAck() {
        SipResponse last = finalResponse();
        SipRequest invite = sentRequest();
        DialogParty party = new DialogParty(transaction.source(), invite.header("From"), last.header("To"),
                invite.callId(), last.contacts().isEmpty() ? invite.requestUri()
                        : last.contacts().get(0).uri().toString());
        List<HeaderLine> routes = new ArrayList<>();
        if (last.status() < 300) {
            for (String route : ProxiedDialog.routeSetOf(last)) {
                routes.add(new HeaderLine("Route", route));
            }
        }
        SipRequest ack = network.messages().inDialog("ACK", party, invite.cseq().number(), routes, null,
                new byte[0]);
        return network.send(ack.toBytes(), null);
    }

    /**
     * Sends a CANCEL for this request (same Request-URI, top Via, tags, Call-ID, CSeq number).
     *
     * @return the CANCEL's transaction
     */
    public NetworkTransaction sendCancel() {
        return network.send(network.messages().cancel(sentRequest()).toBytes(), null);
    }

    /**
     * Sends the PRACK for a reliable provisional response (RFC 3262), inside the early dialog.
     *
     * @param reliable the provisional response carrying {@code RSeq}
     * @return the PRACK's transaction
     */
    public NetworkTransaction sendPrack(SipResponse reliable) {
        if (reliable.rseq() == null) {
            throw new IllegalArgumentException("not a reliable provisional response (no RSeq): " + reliable.status());
        }
        String rack = reliable.rseq() + " " + reliable.cseq().number() + " " + reliable.cseq().method();
        return dialog().sendRequest("PRACK", List.of(new SipHeader("RAck", rack)), null, null);
    }

    /**
     * Returns the sender's view of the dialog this request created (after the application sent
     * a 2xx or a reliable provisional response, or — for a proxied INVITE with record-routing —
     * after a target answered 2xx) or was sent in. In a proxied dialog the requests go to the
     * answering target's Contact with the route set of the 2xx (its Record-Route reversed) and are
     * relayed by the server.
     *
     * @return the dialog
     * @throws AssertionError when the server has no such dialog
     */
    public NetworkDialog dialog() {
        Dialog dialog = network.onLoop(() -> {
            Dialog inDialog = transaction.dialog();
            if (inDialog != null) {
                return network.engine().context().dialogs().contains(inDialog) ? inDialog : null;
            }
            return transaction.dialogId() == null ? null
                    : network.engine().context().dialogs().byId(transaction.dialogId());
        });
        if (dialog != null) {
            return new NetworkDialog(network, dialog);
        }
        ProxiedDialog proxied = network.onLoop(this::proxiedDialog);
        if (proxied == null) {
            throw new AssertionError("no dialog for " + transaction + " (the application has not answered it with "
                    + "a 2xx or a reliable provisional response, no record-routed proxy target answered it 2xx, "
                    + "or the dialog ended)");
        }
        return new NetworkDialog(network, new ProxiedCallerDialog(network, proxied));
    }

    private ProxiedDialog proxiedDialog() {
        for (SipResponse response : responses()) {
            if (response.status() / 100 == 2 && response.to() != null) {
                SipRequest invite = transaction.request();
                return network.engine().context().dialogs().proxied(invite.callId(),
                        invite.from() == null ? null : invite.from().tag(), response.to().tag());
            }
        }
        return null;
    }

    /**
     * Hangs up: sends a BYE inside the dialog of this request.
     *
     * @return the BYE's transaction
     */
    public NetworkTransaction sendBye() {
        return dialog().sendBye();
    }

    private SipResponse finalResponse() {
        List<SipResponse> received = responses();
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).status() >= 200) {
                return received.get(i);
            }
        }
        throw new AssertionError("no final response to " + transaction + " yet");
    }

    @Override
    public String toString() {
        return "NetworkTransaction[" + transaction + "]";
    }
}
