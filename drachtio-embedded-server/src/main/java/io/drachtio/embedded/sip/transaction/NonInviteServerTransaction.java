package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;

/**
 * The non-INVITE server transaction of RFC 3261 §17.2.2: Trying → Proceeding → Completed → Terminated;
 * timer J (64×T1, UDP only) keeps the final response for request retransmissions.
 */
public final class NonInviteServerTransaction extends ServerTransaction {

    NonInviteServerTransaction(TransactionContext context, String id, String key, ReceivedMessage received) {
        super(context, id, key, received, TransactionState.TRYING);
    }

    @Override
    public void sendResponse(SipResponse response) {
        TransactionState state = state();
        if (state != TransactionState.TRYING && state != TransactionState.PROCEEDING) {
            throw cannotSend(response);
        }
        transmit(response);
        if (isTerminated()) {
            return;
        }
        if (response.status() < 200) {
            state(TransactionState.PROCEEDING);
            return;
        }
        state(TransactionState.COMPLETED);
        terminateAfter(context.timers().transactionTimeout());
    }

    @Override
    void onRetransmission(ReceivedMessage request) {
        if (state() == TransactionState.PROCEEDING || state() == TransactionState.COMPLETED) {
            retransmitLast();
        }
    }
}
