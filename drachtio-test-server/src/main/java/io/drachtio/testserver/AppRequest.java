package io.drachtio.testserver;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.DigestCredentials;
import io.drachtio.testserver.engine.Dialog;
import io.drachtio.testserver.engine.OutgoingTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the server put on the simulated network — usually one an application asked for with
 * a {@code sip} command, sometimes one the server made itself (see {@link #isServerGenerated()}).
 * The test plays the far end: it inspects the request and answers it; the answers travel back
 * through the server to the application exactly as real ones would.
 */
public final class AppRequest {

    private final SimulatedNetwork network;
    private final OutgoingTransaction transaction;

    AppRequest(SimulatedNetwork network, OutgoingTransaction transaction) {
        this.network = network;
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    /**
     * Returns the request as the server sent it.
     *
     * @return the request
     */
    public SipRequest request() {
        return transaction.request();
    }

    /**
     * Returns the method.
     *
     * @return the method in upper case
     */
    public String method() {
        return transaction.method();
    }

    /**
     * Returns the transaction id the server reported to the application (R1).
     *
     * @return the id; for server-generated requests an id the application never saw
     */
    public String transactionId() {
        return transaction.id();
    }

    /**
     * Returns the dialog id the server reports with the responses.
     *
     * @return the dialog id, or {@code null} for requests outside dialogs (OPTIONS, REGISTER, …)
     */
    public String dialogId() {
        return transaction.dialogId();
    }

    /**
     * Tells whether the server sent the request on its own (the ACK of a non-2xx response, a BYE
     * after an ACK timeout, a request forwarded or relayed as a proxy, a CANCEL to a fork).
     *
     * @return {@code true} for server-generated requests
     */
    public boolean isServerGenerated() {
        return transaction.origin() == OutgoingTransaction.Origin.SERVER;
    }

    /**
     * Returns the connection that asked for the request.
     *
     * @return the connection, empty for server-generated requests
     */
    public Optional<AppConnection> connection() {
        return Optional.ofNullable(network.connection(transaction.owner()));
    }

    /**
     * Answers with a status and nothing else.
     *
     * @param status the status code
     * @return the response as sent
     */
    public SipResponse respond(int status) {
        return respond(ResponseSpec.status(status));
    }

    /**
     * Answers as specified. A {@code 100 Trying} is absorbed by the server; provisional
     * responses (other than 100) and the final response reach the application.
     *
     * @param spec the response
     * @return the response as sent
     */
    public SipResponse respond(ResponseSpec spec) {
        return network.onLoop(() -> network.engine().farEnd().respond(transaction, spec.parts()));
    }

    /**
     * Answers with a reliable provisional response ({@code Require: 100rel}, {@code RSeq}).
     *
     * @param status the status code, 101–199
     * @return the response as sent
     */
    public SipResponse respondReliably(int status) {
        return respond(ResponseSpec.status(status).reliable());
    }

    /**
     * Answers with a response given as text (e.g. recorded from a real far end).
     *
     * @param response the complete response
     */
    public void respond(String response) {
        respond(response.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers with a response given as bytes.
     *
     * @param response the complete response
     */
    public void respond(byte[] response) {
        byte[] copy = response.clone();
        network.onLoop(() -> network.engine().farEnd().respond(transaction, copy));
    }

    /**
     * Challenges the request with a digest challenge (MD5, {@code qop="auth"}, a fresh nonce).
     * The server ACKs the challenge itself (§8.5).
     *
     * @param status 401 ({@code WWW-Authenticate}) or 407 ({@code Proxy-Authenticate})
     * @param realm  the realm
     * @return the challenge as sent
     */
    public SipResponse challenge(int status, String realm) {
        if (status != 401 && status != 407) {
            throw new IllegalArgumentException("a digest challenge is a 401 or 407, not " + status);
        }
        String nonce = network.onLoop(() -> network.engine().context().tokens().nonce());
        String header = status == 401 ? "WWW-Authenticate" : "Proxy-Authenticate";
        return respond(ResponseSpec.status(status).header(header,
                "Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", qop=\"auth\", algorithm=MD5"));
    }

    /**
     * Returns the credentials of the request ({@code Authorization}, else
     * {@code Proxy-Authorization}), e.g. of an application's retry after {@link #challenge}.
     *
     * @return the credentials, or {@code null} when the request carries none
     */
    public DigestCredentials credentials() {
        SipRequest request = transaction.request();
        return request.authorization() != null ? request.authorization() : request.proxyAuthorization();
    }

    /**
     * Returns the responses sent to this request so far.
     *
     * @return the responses, oldest first; empty when none
     */
    public List<SipResponse> responses() {
        return transaction.responses().history();
    }

    /**
     * Waits for the ACK of this INVITE: the application's (after a 2xx) or the server's own
     * (after a failure response).
     *
     * @return the ACK
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitAck() {
        return awaitRelated("ACK");
    }

    /**
     * Waits for the CANCEL of this INVITE.
     *
     * @return the CANCEL
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitCancel() {
        return awaitRelated("CANCEL");
    }

    /**
     * Returns the far end's view of the dialog this request created (after a 2xx or a reliable
     * provisional response to it).
     *
     * @return the dialog
     * @throws AssertionError when the server has no such dialog
     */
    public NetworkDialog dialog() {
        Dialog dialog = network.onLoop(() -> transaction.dialogId() == null ? null
                : network.engine().context().dialogs().byId(transaction.dialogId()));
        if (dialog == null) {
            throw new AssertionError("no dialog for " + transaction);
        }
        return new NetworkDialog(network, dialog);
    }

    private AppRequest awaitRelated(String method) {
        SipRequest request = transaction.request();
        long number = request.cseq().number();
        return network.awaitRequest("the " + method + " of " + transaction, sent -> sent.method().equals(method)
                && request.callId().equals(sent.request().callId()) && sent.request().cseq().number() == number);
    }

    @Override
    public String toString() {
        return "AppRequest[" + transaction + "]";
    }
}
