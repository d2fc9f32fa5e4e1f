package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server transaction (RFC 3261 §17.2): absorbs request retransmissions, re-sends the last response
 * over UDP and sends the responses the TU gives it back to where the request came from (the
 * {@code received}/{@code rport} address, over the connection the request arrived on for TCP, or a new
 * connection to the Via sent-by port when that one is gone).
 */
public abstract sealed class ServerTransaction extends Transaction
        permits InviteServerTransaction, NonInviteServerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTransaction.class);

    private final ReceivedMessage received;
    private SipResponse lastResponse;
    private String localTag;

    ServerTransaction(TransactionContext context, String id, String key, ReceivedMessage received,
                      TransactionState initial) {
        super(context, id, key, received.request(), received.source(), initial);
        this.received = received;
    }

    /**
     * Returns the request as received, with its origin.
     *
     * @return the received request
     */
    public ReceivedMessage received() {
        return received;
    }

    /**
     * Returns the last response sent on this transaction.
     *
     * @return the response, or null before the first one
     */
    public SipResponse lastResponse() {
        return lastResponse;
    }

    /**
     * Returns the To-tag the stack uses in its responses on this transaction.
     *
     * @return the tag, or null before the first response that needed one
     */
    public String localTag() {
        return localTag;
    }

    /**
     * Fixes the To-tag for the responses on this transaction (set by the UA core with the first one).
     *
     * @param tag the tag
     */
    public void localTag(String tag) {
        this.localTag = tag;
    }

    /**
     * Tells whether a final response was sent.
     *
     * @return true once a response with status 200 or more was sent
     */
    public boolean isAnswered() {
        return lastResponse != null && lastResponse.status() >= 200;
    }

    /**
     * Sends a response to the request and moves the state machine. TUs normally answer through the UA
     * core ({@code SipStack.respond}), which adds the To-tag and maintains dialogs. Call on the scheduler
     * thread.
     *
     * @param response the response
     * @throws IllegalStateException when the transaction can no longer send this response (a final
     *                               response was already sent, or it terminated)
     */
    public abstract void sendResponse(SipResponse response);

    /** Handles a retransmission of the request. */
    abstract void onRetransmission(ReceivedMessage request);

    void transmit(SipResponse response) {
        lastResponse = response;
        send(response);
    }

    void retransmitLast() {
        if (lastResponse != null) {
            send(lastResponse);
        }
    }

    IllegalStateException cannotSend(SipResponse response) {
        return new IllegalStateException("Cannot send " + response.status() + " on " + this
                + ": a final response was already sent or the transaction ended");
    }

    /**
     * RFC 3261 §18.2.2: when the TCP connection a request came on is gone, the response goes to a new
     * connection to the source address at the Via sent-by port (default 5060); only when that fails too
     * does the transaction give up.
     */
    @Override
    void onTransportError(Throwable cause) {
        Destination fallback = sentByFallback();
        if (fallback != null && !fallback.equals(peer())) {
            LOG.info("Connection to {} gone; sending responses of {} to {}", peer(), this, fallback);
            retarget(fallback);
            retransmitLast();
            return;
        }
        LOG.warn("Cannot send response on {} to {}: {}", this, peer(), cause.toString());
        terminate();
    }

    private Destination sentByFallback() {
        if (!peer().transport().reliable()) {
            return null;
        }
        int port = request().topVia().port();
        return new Destination(peer().transport(),
                new InetSocketAddress(received.remote().getAddress(), port > 0 ? port : 5060));
    }
}
