package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.Tokens;

/**
 * A request the emulated server put on the simulated network: one an application asked for
 * (new, in-dialog, ACK, PRACK, CANCEL) or one the server generated itself (the ACK of a non-2xx
 * response, a BYE after an ACK timeout). The test plays the far end and answers it.
 */
public final class OutgoingTransaction extends SipTransaction {

    /** Who made the server send the request. */
    public enum Origin {
        /** An application's {@code sip} command. */
        APPLICATION,
        /** The server on its own. */
        SERVER
    }

    private final byte[] bytes;
    private final Origin origin;
    private final ControlConnection owner;
    private final SipEndpoint farEnd;
    private final String dialogId;
    private String farEndTag;
    private long farEndRseq;
    private int finalStatus;
    private boolean cancelled;

    /**
     * Creates the record of a request sent.
     *
     * @param id       the transaction id reported to the application (R1), or a server-internal id
     * @param request  the request as sent
     * @param bytes    its bytes
     * @param origin   who made the server send it
     * @param owner    the connection that asked for it, or {@code null} for server-generated ones
     * @param farEnd   where it went
     * @param dialogId the dialog id reported with its responses, or {@code null}
     */
    public OutgoingTransaction(String id, SipRequest request, byte[] bytes, Origin origin, ControlConnection owner,
            SipEndpoint farEnd, String dialogId) {
        super(id, request, "responses from the far end to");
        this.bytes = bytes;
        this.origin = origin;
        this.owner = owner;
        this.farEnd = farEnd;
        this.dialogId = dialogId;
    }

    /** @return the bytes as sent (not copied) */
    public byte[] bytes() {
        return bytes;
    }

    /** @return who made the server send the request */
    public Origin origin() {
        return origin;
    }

    /** @return the connection that asked for it, or {@code null} */
    public ControlConnection owner() {
        return owner;
    }

    /** @return where the request went */
    public SipEndpoint farEnd() {
        return farEnd;
    }

    /** @return the dialog id reported with the responses, or {@code null} */
    public String dialogId() {
        return dialogId;
    }

    /**
     * Returns the To tag the simulated far end uses, created on first use.
     *
     * @param tokens where a new tag comes from
     * @return the tag
     */
    public synchronized String farEndTag(Tokens tokens) {
        if (farEndTag == null) {
            String existing = request().to() == null ? null : request().to().tag();
            farEndTag = existing != null ? existing : tokens.tag();
        }
        return farEndTag;
    }

    synchronized long nextFarEndRseq(Tokens tokens) {
        if (farEndRseq == 0) {
            farEndRseq = tokens.rseq();
        }
        return farEndRseq++;
    }

    /** @return the final status received, 0 while none */
    public synchronized int finalStatus() {
        return finalStatus;
    }

    synchronized void finalStatus(int status) {
        this.finalStatus = status;
    }

    /** @return {@code true} once the application cancelled this INVITE */
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized void markCancelled() {
        this.cancelled = true;
    }

    @Override
    public String toString() {
        return method() + " " + request().requestUri() + " [" + id() + ", " + origin
                + (finalStatus > 0 ? ", answered " + finalStatus : "") + "]";
    }
}
