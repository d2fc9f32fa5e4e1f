package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.ReceivedMessage;

/**
 * Receives what happens to a client transaction; called on the stack's scheduler thread. Exactly one of
 * a final response, {@link #onTimeout} or {@link #onTransportError} ends every transaction.
 */
public interface ClientTransactionListener {

    /**
     * A response arrived: provisional ones (including 100) and the final one; for INVITE also 2xx
     * retransmissions and 2xx from other forks while the transaction is Accepted. Retransmitted
     * non-2xx finals are absorbed.
     *
     * @param transaction the transaction
     * @param response    the response with its origin
     */
    void onResponse(ClientTransaction transaction, ReceivedMessage response);

    /**
     * No final response arrived in time (timer B or F, 64×T1).
     *
     * @param transaction the transaction, now terminated
     */
    void onTimeout(ClientTransaction transaction);

    /**
     * The request could not be sent (connection refused, unresolvable host …).
     *
     * @param transaction the transaction, now terminated
     * @param cause       what failed
     */
    void onTransportError(ClientTransaction transaction, Throwable cause);
}
