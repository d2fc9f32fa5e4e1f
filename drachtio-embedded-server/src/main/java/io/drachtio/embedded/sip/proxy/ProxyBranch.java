package io.drachtio.embedded.sip.proxy;

import io.drachtio.embedded.sip.time.ScheduledTask;
import io.drachtio.embedded.sip.transaction.ClientTransaction;

/** One target of a proxy operation and its client transaction. Used on the scheduler thread. */
final class ProxyBranch {

    private final String target;
    private ClientTransaction transaction;
    private ScheduledTask provisionalTimer = ScheduledTask.NONE;
    private ScheduledTask timerC = ScheduledTask.NONE;
    private boolean responded;
    private boolean abandoned;

    ProxyBranch(String target) {
        this.target = target;
    }

    String target() {
        return target;
    }

    ClientTransaction transaction() {
        return transaction;
    }

    void transaction(ClientTransaction sent) {
        this.transaction = sent;
    }

    void provisionalTimer(ScheduledTask timer) {
        this.provisionalTimer = timer;
    }

    /** Records that the target answered something; stops the provisional timeout. */
    void responded() {
        responded = true;
        provisionalTimer.cancel();
    }

    /** Replaces the running timer C (RFC 3261 §16.6 step 11), restarted by every provisional response. */
    void timerC(ScheduledTask timer) {
        timerC.cancel();
        this.timerC = timer;
    }

    /** Stops the branch's timers once it has a final response. */
    void finished() {
        provisionalTimer.cancel();
        timerC.cancel();
    }

    boolean hasResponded() {
        return responded;
    }

    /** Gives the branch up: its later responses are ignored (a provisional one triggers a CANCEL). */
    void abandon() {
        abandoned = true;
        finished();
    }

    boolean isAbandoned() {
        return abandoned;
    }
}
