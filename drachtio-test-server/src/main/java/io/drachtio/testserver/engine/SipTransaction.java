package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.await.Inbox;
import java.util.Locale;

/**
 * A request and the responses it got, under a transaction id: the common part of requests from
 * the network ({@link IncomingTransaction}) and requests sent to it ({@link OutgoingTransaction}).
 */
public abstract class SipTransaction {

    private final String id;
    private final SipRequest request;
    private final Inbox<SipResponse> responses;

    /**
     * Creates the common part.
     *
     * @param id             the transaction id
     * @param request        the request
     * @param responsesTitle what the responses are, for failure messages (e.g. {@code responses to})
     */
    protected SipTransaction(String id, SipRequest request, String responsesTitle) {
        this.id = id;
        this.request = request;
        this.responses = new Inbox<>(responsesTitle + " " + request.method() + " " + request.requestUri());
    }

    /** @return the transaction id */
    public String id() {
        return id;
    }

    /** @return the request */
    public SipRequest request() {
        return request;
    }

    /** @return the method in upper case */
    public String method() {
        return request.method().toUpperCase(Locale.ROOT);
    }

    /** @return {@code true} for an INVITE */
    public boolean isInvite() {
        return "INVITE".equals(method());
    }

    /** @return the responses to the request, in the order they were sent */
    public Inbox<SipResponse> responses() {
        return responses;
    }
}
