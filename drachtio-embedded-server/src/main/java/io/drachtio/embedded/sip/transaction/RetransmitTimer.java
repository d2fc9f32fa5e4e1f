package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.time.ScheduledTask;
import io.drachtio.embedded.sip.time.SipScheduler;
import java.util.function.LongUnaryOperator;

/**
 * A repeating retransmission timer (RFC 3261 timers A, E, G; RFC 3262 reliable provisionals, 2xx
 * retransmission): fires after an interval, runs the action, computes the next interval and fires again
 * until cancelled.
 */
public final class RetransmitTimer implements ScheduledTask {

    private final SipScheduler scheduler;
    private final LongUnaryOperator nextInterval;
    private final Runnable action;
    private long interval;
    private ScheduledTask pending = ScheduledTask.NONE;
    private boolean cancelled;

    /**
     * Creates and starts a timer.
     *
     * @param scheduler     runs the timer
     * @param firstInterval the first interval in milliseconds
     * @param nextInterval  computes the following interval from the current one
     * @param action        run at every firing (the retransmission)
     */
    public RetransmitTimer(SipScheduler scheduler, long firstInterval, LongUnaryOperator nextInterval,
                           Runnable action) {
        this.scheduler = scheduler;
        this.nextInterval = nextInterval;
        this.action = action;
        this.interval = firstInterval;
        arm();
    }

    private void arm() {
        pending = scheduler.schedule(interval, this::fire);
    }

    private void fire() {
        if (cancelled) {
            return;
        }
        action.run();
        interval = nextInterval.applyAsLong(interval);
        arm();
    }

    /**
     * Changes the interval used from the next firing on (non-INVITE client in Proceeding: T2).
     *
     * @param millis the new interval
     */
    public void resetInterval(long millis) {
        interval = millis;
    }

    @Override
    public void cancel() {
        cancelled = true;
        pending.cancel();
    }
}
