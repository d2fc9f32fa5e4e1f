package io.drachtio.client;

import io.drachtio.sip.SipRequest;
import reactor.core.publisher.Mono;

/**
 * A SIP request the drachtio server delivered to the application: the message, what the server
 * said about it, and what can be done with it (answer it, proxy it, learn that it was cancelled).
 * Thread-safe.
 */
public interface IncomingRequest {

    /** @return the SIP request as the server delivered it */
    SipRequest message();

    /** @return the meta data the server sent with it */
    RequestMeta meta();

    /** @return the connection it came through; further operations go back through it */
    DrachtioConnection connection();

    /** @return the method, e.g. {@code INVITE} */
    default String method() {
        return message().method();
    }

    /** @return the Request-URI as text */
    default String requestUri() {
        return message().requestUri();
    }

    /** @return the Call-ID */
    default String callId() {
        return message().callId();
    }

    /** @return the server's transaction id */
    default String transactionId() {
        return meta().transactionId();
    }

    /**
     * The response channel. For ACK, CANCEL and unsolicited requests every {@code send} fails with
     * {@link TransactionStateException} (they are never answered).
     *
     * @return the channel that answers this request
     */
    ResponseChannel response();

    /**
     * Asks the server to proxy this request (it must not have been answered yet). After this the
     * request can no longer be answered by the application.
     *
     * @param options destinations and proxy behaviour
     * @return the outcome, when the proxy operation ends
     */
    Mono<ProxyResult> proxy(ProxyOptions options);

    /**
     * Completes with the CANCEL request when the caller cancels this INVITE (the server has then
     * already answered the CANCEL with 200 and the INVITE with 487; a later final response from the
     * application fails with the server's error). Never completes for other requests, nor when the
     * INVITE is answered finally first.
     *
     * @return the CANCEL, when it comes
     */
    Mono<SipRequest> cancelled();

    /** @return {@code true} once a CANCEL for this request arrived */
    boolean isCancelled();

    /**
     * For an INVITE answered with a 2xx: completes with the ACK when it arrives (it is also
     * delivered to the request handler as a request of its own). Empty for other requests.
     *
     * @return the ACK
     */
    Mono<IncomingRequest> ack();

    /**
     * For an INVITE answered with a reliable provisional: completes with the next PRACK of this
     * dialog (also delivered to the request handler, which must answer it).
     *
     * @return the PRACK
     */
    Mono<IncomingRequest> prack();

    /** @return {@code true} for requests the server generated itself (transaction id {@code unsolicited}) */
    default boolean isUnsolicited() {
        return "unsolicited".equals(meta().transactionId());
    }
}
