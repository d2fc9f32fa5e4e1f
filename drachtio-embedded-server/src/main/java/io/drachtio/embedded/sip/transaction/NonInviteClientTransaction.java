package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipRequest;

/**
 * The non-INVITE client transaction of RFC 3261 §17.1.2: Trying → Proceeding → Completed → Terminated,
 * timer E (retransmit, UDP only: T1 doubling up to T2; T2 once Proceeding), F (64×T1 timeout), K (T4 wait
 * for response retransmissions, UDP only).
 */
public final class NonInviteClientTransaction extends ClientTransaction {

    private RetransmitTimer timerE;

    NonInviteClientTransaction(TransactionContext context, String id, String key, SipRequest request,
                               Destination destination, ClientTransactionListener listener) {
        super(context, id, key, request, destination, listener, TransactionState.TRYING);
    }

    @Override
    void start() {
        if (!peer().transport().reliable()) {
            timerE = startRetransmissions(context.timers().t1(), context.timers()::nextInterval,
                    () -> send(request()));
        }
        startTimer(context.timers().transactionTimeout(), this::timeout);
        send(request());
    }

    @Override
    void onResponse(ReceivedMessage received) {
        int status = received.response().status();
        TransactionState state = state();
        if (state != TransactionState.TRYING && state != TransactionState.PROCEEDING) {
            return;
        }
        if (status < 200) {
            if (state == TransactionState.TRYING && timerE != null) {
                timerE.resetInterval(context.timers().t2());
            }
            state(TransactionState.PROCEEDING);
            listener.onResponse(this, received);
            return;
        }
        state(TransactionState.COMPLETED);
        cancelTimers();
        listener.onResponse(this, received);
        terminateAfter(context.timers().t4());
    }
}
