package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.time.ScheduledTask;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What client and server transactions share: an id, the request, the state, the peer, timers that are
 * cancelled on termination, and sending with transport-error detection. Not thread-safe: used on the
 * scheduler thread only.
 */
public abstract sealed class Transaction permits ClientTransaction, ServerTransaction {

    final TransactionContext context;
    private final String id;
    private final String key;
    private final SipRequest request;
    private Destination peer;
    private final List<ScheduledTask> timers = new ArrayList<>(3);
    private TransactionState state;

    Transaction(TransactionContext context, String id, String key, SipRequest request, Destination peer,
                TransactionState initial) {
        this.context = context;
        this.id = id;
        this.key = key;
        this.request = request;
        this.peer = peer;
        this.state = initial;
    }

    /**
     * Returns the transaction id (a UUID), the one name this transaction has towards the TU and the
     * drachtio control protocol.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /** Returns the matching key (branch, sent-by, method). */
    String key() {
        return key;
    }

    /**
     * Returns the request that created the transaction (for client transactions: as sent, with the Via).
     *
     * @return the request
     */
    public SipRequest request() {
        return request;
    }

    /**
     * Returns the other side: where requests go (client) or responses go (server).
     *
     * @return the peer destination
     */
    public Destination peer() {
        return peer;
    }

    /** Sends to another address from now on (RFC 3261 §18.2.2 fallback of server transactions). */
    void retarget(Destination destination) {
        this.peer = destination;
    }

    /**
     * Returns the current state.
     *
     * @return the state
     */
    public TransactionState state() {
        return state;
    }

    /**
     * Tells whether the transaction has terminated.
     *
     * @return true in state {@link TransactionState#TERMINATED}
     */
    public boolean isTerminated() {
        return state == TransactionState.TERMINATED;
    }

    void state(TransactionState next) {
        state = next;
    }

    /** Schedules a timer that {@link #terminate()} cancels. */
    void startTimer(long delayMillis, Runnable task) {
        track(context.scheduler().schedule(delayMillis, task));
    }

    /** Starts a retransmission timer that {@link #cancelTimers()} stops. */
    RetransmitTimer startRetransmissions(long firstInterval, java.util.function.LongUnaryOperator next,
                                         Runnable retransmit) {
        RetransmitTimer timer = new RetransmitTimer(context.scheduler(), firstInterval, next, retransmit);
        track(timer);
        return timer;
    }

    private void track(ScheduledTask task) {
        timers.add(task);
    }

    /** Cancels every running timer. */
    void cancelTimers() {
        for (ScheduledTask timer : timers) {
            timer.cancel();
        }
        timers.clear();
    }

    /** Waits {@code delayMillis} before terminating, or terminates at once over a reliable transport. */
    void terminateAfter(long unreliableDelayMillis) {
        if (peer.transport().reliable()) {
            terminate();
        } else {
            startTimer(unreliableDelayMillis, this::terminate);
        }
    }

    /** Sends a message to the peer; a failure reaches {@link #onTransportError(Throwable)} on the scheduler. */
    void send(SipMessage message) {
        context.sender().send(message, peer).whenComplete((ignored, error) -> {
            if (error != null) {
                context.scheduler().execute(() -> {
                    if (!isTerminated()) {
                        onTransportError(error);
                    }
                });
            }
        });
    }

    /** Ends the transaction: timers cancelled, forgotten by the layer. Idempotent. */
    void terminate() {
        if (state == TransactionState.TERMINATED) {
            return;
        }
        state = TransactionState.TERMINATED;
        cancelTimers();
        context.onTerminated().accept(this);
    }

    /** Called when a message of this transaction could not be sent. */
    abstract void onTransportError(Throwable cause);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " " + request.method() + " " + state + "]";
    }
}
