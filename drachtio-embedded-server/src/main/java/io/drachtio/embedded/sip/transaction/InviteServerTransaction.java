package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipResponse;

/**
 * The INVITE server transaction of RFC 3261 §17.2.1 with RFC 6026: sends 100 Trying at once; Proceeding →
 * Completed (non-2xx; timer G retransmits it over UDP, T1 doubling up to T2, until the ACK; timer H gives
 * up after 64×T1) → Confirmed (timer I, T4 over UDP) → Terminated; or Proceeding → Accepted (2xx; timer L
 * 64×T1) → Terminated. Retransmitting a 2xx until its ACK is the UA core's job, not this transaction's.
 */
public final class InviteServerTransaction extends ServerTransaction {

    InviteServerTransaction(TransactionContext context, String id, String key, ReceivedMessage received) {
        super(context, id, key, received, TransactionState.PROCEEDING);
    }

    /** Sends 100 Trying (RFC 3261 §17.2.1: the TU is not expected to answer within 200 ms). */
    void start() {
        transmit(SipResponse.forRequest(request(), 100));
    }

    /**
     * Tells whether the INVITE can still be answered with a final response (CANCEL → 487 applies).
     *
     * @return true in Proceeding
     */
    public boolean isProceeding() {
        return state() == TransactionState.PROCEEDING;
    }

    @Override
    public void sendResponse(SipResponse response) {
        int status = response.status();
        TransactionState state = state();
        if (state == TransactionState.ACCEPTED && status >= 200 && status < 300) {
            transmit(response);
            return;
        }
        if (state != TransactionState.PROCEEDING) {
            throw cannotSend(response);
        }
        transmit(response);
        if (status < 200 || isTerminated()) {
            return;
        }
        if (status < 300) {
            state(TransactionState.ACCEPTED);
            startTimer(context.timers().transactionTimeout(), this::terminate);
            return;
        }
        state(TransactionState.COMPLETED);
        if (!peer().transport().reliable()) {
            startRetransmissions(context.timers().t1(), context.timers()::nextInterval, this::retransmitLast);
        }
        startTimer(context.timers().transactionTimeout(), this::terminate);
    }

    @Override
    void onRetransmission(ReceivedMessage request) {
        if (state() == TransactionState.PROCEEDING || state() == TransactionState.COMPLETED) {
            retransmitLast();
        }
    }

    /**
     * Handles an ACK matched to this transaction by branch: the ACK of a non-2xx final response.
     *
     * @return true when the ACK belonged to a non-2xx response and was consumed here; false when it must
     *         go to the UA core (the transaction is Accepted: an ACK for a 2xx from a client that reuses
     *         the INVITE's branch)
     */
    boolean onAck() {
        switch (state()) {
            case COMPLETED -> {
                cancelTimers();
                state(TransactionState.CONFIRMED);
                terminateAfter(context.timers().t4());
                return true;
            }
            case ACCEPTED -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
