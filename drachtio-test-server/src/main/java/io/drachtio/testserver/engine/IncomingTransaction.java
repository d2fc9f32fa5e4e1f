package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.MessageMeta;

/**
 * A request that arrived from the simulated network (sent by the test), and what became of it:
 * handed to an application, answered by the server itself, absorbed or relayed. Keeps the
 * responses the sender received.
 */
public final class IncomingTransaction extends SipTransaction {

    /** Where a transaction handed to an application stands. */
    public enum Phase {
        /** No response yet. */
        OPEN,
        /** A provisional response was sent. */
        PROCEEDING,
        /** A final response was sent. */
        COMPLETED,
        /** Cancelled by the caller before a final response. */
        CANCELLED,
        /** Handed over to a proxy operation. */
        PROXIED,
        /** Released by the server (non-INVITE after its response). */
        RELEASED
    }

    private final byte[] deliveredBytes;
    private final int receivedSize;
    private final SipEndpoint source;
    private RequestHandling handling = RequestHandling.DROPPED;
    private ControlConnection owner;
    private Phase phase = Phase.OPEN;
    private String localTag;
    private String dialogId;
    private Dialog dialog;
    private long nextRseq;
    private byte[] finalResponse;
    private MessageMeta finalMeta;
    private int finalStatus;
    private boolean appResponded;

    /**
     * Creates the transaction of a request as the stack delivers it.
     *
     * @param id             the transaction id (given to the application when delivered)
     * @param request        the request with the re-encoded top Via
     * @param deliveredBytes the bytes of {@code request}
     * @param receivedSize   its size as received (meta {@code bytes})
     * @param source         the protocol, address and port it came from
     */
    public IncomingTransaction(String id, SipRequest request, byte[] deliveredBytes, int receivedSize,
            SipEndpoint source) {
        super(id, request, "responses to");
        this.deliveredBytes = deliveredBytes;
        this.receivedSize = receivedSize;
        this.source = source;
    }

    /** @return the delivered bytes (not copied) */
    public byte[] deliveredBytes() {
        return deliveredBytes;
    }

    /** @return the size as received, reported in meta {@code bytes} */
    public int receivedSize() {
        return receivedSize;
    }

    /** @return where the request came from */
    public SipEndpoint source() {
        return source;
    }

    /** @return what the server did with the request */
    public synchronized RequestHandling handling() {
        return handling;
    }

    synchronized void handledAs(RequestHandling how, ControlConnection connection) {
        this.handling = how;
        this.owner = connection;
    }

    /** @return the connection the request was handed to, or {@code null} */
    public synchronized ControlConnection owner() {
        return owner;
    }

    /** @return the phase */
    public synchronized Phase phase() {
        return phase;
    }

    synchronized void phase(Phase newPhase) {
        this.phase = newPhase;
    }

    /** @return the To tag the server answers with, or {@code null} before the first response */
    public String localTag() {
        return localTag;
    }

    void localTag(String tag) {
        this.localTag = tag;
    }

    /** @return the dialog id reported with responses (INVITE/SUBSCRIBE), or {@code null} */
    public String dialogId() {
        return dialogId;
    }

    void dialogId(String id) {
        this.dialogId = id;
    }

    /** @return the dialog the request was sent in (in-dialog requests), or {@code null} */
    public Dialog dialog() {
        return dialog;
    }

    void dialog(Dialog inDialog) {
        this.dialog = inDialog;
    }

    long takeRseq() {
        return nextRseq++;
    }

    void startRseq(long first) {
        if (nextRseq == 0) {
            nextRseq = first;
        }
    }

    /** @return the final response sent, or {@code null} */
    public byte[] finalResponse() {
        return finalResponse;
    }

    MessageMeta finalMeta() {
        return finalMeta;
    }

    void finalResponse(int status, byte[] response, MessageMeta meta) {
        this.finalStatus = status;
        this.finalResponse = response;
        this.finalMeta = meta;
    }

    /** @return the status of the final response sent, 0 while none */
    public int finalStatus() {
        return finalStatus;
    }

    /** @return whether the application sent at least one response */
    public boolean appResponded() {
        return appResponded;
    }

    void markAppResponded() {
        this.appResponded = true;
    }

    /**
     * Tells whether the caller offered reliable provisional responses.
     *
     * @return {@code true} when Supported or Require lists {@code 100rel}
     */
    public boolean offers100rel() {
        return offers100rel(request());
    }

    /**
     * Tells whether a request offers reliable provisional responses.
     *
     * @param request the request
     * @return {@code true} when Supported or Require lists {@code 100rel}
     */
    public static boolean offers100rel(SipRequest request) {
        return lists(request.headerValues("Supported")) || lists(request.headerValues("Require"));
    }

    private static boolean lists(java.util.List<String> values) {
        return values.stream().anyMatch(value -> value.equalsIgnoreCase("100rel"));
    }

    @Override
    public String toString() {
        return method() + " " + request().requestUri() + " [" + id() + ", " + handling() + ", " + phase() + "]";
    }
}
