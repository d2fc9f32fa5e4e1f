package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipRequest;

/**
 * A client transaction (RFC 3261 §17.1): sends a request, retransmits it over UDP, matches its responses
 * and reports them to its {@link ClientTransactionListener}.
 */
public abstract sealed class ClientTransaction extends Transaction
        permits InviteClientTransaction, NonInviteClientTransaction {

    final ClientTransactionListener listener;

    ClientTransaction(TransactionContext context, String id, String key, SipRequest request,
                      Destination destination, ClientTransactionListener listener, TransactionState initial) {
        super(context, id, key, request, destination, initial);
        this.listener = listener;
    }

    /** Sends the request and starts the timers. */
    abstract void start();

    /** Handles a response matched to this transaction. */
    abstract void onResponse(ReceivedMessage response);

    /** Ends the transaction; the listener hears of it unless a final response was already reported. */
    @Override
    void onTransportError(Throwable cause) {
        boolean finalReported = state() == TransactionState.COMPLETED || state() == TransactionState.ACCEPTED;
        terminate();
        if (!finalReported) {
            listener.onTransportError(this, cause);
        }
    }

    /** Timer B / F: no final response in 64×T1. */
    void timeout() {
        terminate();
        listener.onTimeout(this);
    }
}
