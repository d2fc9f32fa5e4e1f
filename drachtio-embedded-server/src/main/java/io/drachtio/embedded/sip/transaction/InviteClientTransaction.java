package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.message.DerivedRequests;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The INVITE client transaction of RFC 3261 §17.1.1 with RFC 6026: Calling → Proceeding → Completed
 * (non-2xx, the transaction sends the ACK itself) or Accepted (2xx, the TU sends the ACK) → Terminated.
 * Timers A (retransmit, UDP only, T1 doubling), B (64×T1 timeout in Calling), D (32 s for retransmitted
 * finals, UDP only) and M (64×T1 in Accepted, to pass on 2xx retransmissions and forked 2xx).
 */
public final class InviteClientTransaction extends ClientTransaction {

    private static final long TIMER_D_MILLIS = 32_000;

    private SipRequest ack;
    private final List<Runnable> onProvisional = new ArrayList<>(1);
    private final List<Runnable> onNoProvisional = new ArrayList<>(1);

    InviteClientTransaction(TransactionContext context, String id, String key, SipRequest request,
                            Destination destination, ClientTransactionListener listener) {
        super(context, id, key, request, destination, listener, TransactionState.CALLING);
    }

    @Override
    void start() {
        if (!peer().transport().reliable()) {
            startRetransmissions(context.timers().t1(), interval -> interval * 2, () -> send(request()));
        }
        startTimer(context.timers().transactionTimeout(), this::timeout);
        send(request());
    }

    /**
     * Runs an action once a provisional response has arrived: at once when one already has and no final
     * response yet; otherwise when the first one arrives. When the transaction gets a final response or
     * ends before any provisional, {@code otherwise} runs instead. This is when RFC 3261 §9.1 allows a
     * CANCEL to be sent. Every pair given is kept; exactly one action of each pair runs.
     *
     * @param action    run after the first provisional response
     * @param otherwise run when no provisional response came before the transaction left Calling
     */
    public void afterProvisional(Runnable action, Runnable otherwise) {
        if (state() == TransactionState.PROCEEDING) {
            action.run();
        } else if (state() == TransactionState.CALLING) {
            onProvisional.add(action);
            onNoProvisional.add(otherwise);
        } else {
            otherwise.run();
        }
    }

    @Override
    void onResponse(ReceivedMessage received) {
        SipResponse response = received.response();
        int status = response.status();
        switch (state()) {
            case CALLING, PROCEEDING -> {
                if (status < 200) {
                    proceeding(received);
                } else if (status < 300) {
                    accepted(received);
                } else {
                    completed(received);
                }
            }
            case ACCEPTED -> {
                if (status >= 200 && status < 300) {
                    listener.onResponse(this, received);
                }
            }
            case COMPLETED -> {
                if (status >= 300) {
                    send(ack);
                }
            }
            default -> {
                // Confirmed / Terminated: nothing more to do with responses
            }
        }
    }

    private void proceeding(ReceivedMessage received) {
        if (state() == TransactionState.CALLING) {
            cancelTimers();
        }
        state(TransactionState.PROCEEDING);
        List<Runnable> actions = List.copyOf(onProvisional);
        clearProvisionalActions();
        listener.onResponse(this, received);
        actions.forEach(Runnable::run);
    }

    private void accepted(ReceivedMessage received) {
        leaveCalling();
        state(TransactionState.ACCEPTED);
        startTimer(context.timers().transactionTimeout(), this::terminate);
        listener.onResponse(this, received);
    }

    private void completed(ReceivedMessage received) {
        leaveCalling();
        state(TransactionState.COMPLETED);
        ack = DerivedRequests.ackFor(request(), received.response());
        // the ACK goes out before the TU hears of the response, so it precedes whatever the TU sends
        // next to the same peer (a proxy following a redirect sends the new INVITE at once)
        send(ack);
        terminateAfter(Math.max(TIMER_D_MILLIS, context.timers().transactionTimeout() / 2));
        listener.onResponse(this, received);
    }

    private void leaveCalling() {
        cancelTimers();
        runNoProvisionalActions();
    }

    private void runNoProvisionalActions() {
        List<Runnable> actions = List.copyOf(onNoProvisional);
        clearProvisionalActions();
        actions.forEach(Runnable::run);
    }

    private void clearProvisionalActions() {
        onProvisional.clear();
        onNoProvisional.clear();
    }

    @Override
    void terminate() {
        super.terminate();
        runNoProvisionalActions();
    }
}
