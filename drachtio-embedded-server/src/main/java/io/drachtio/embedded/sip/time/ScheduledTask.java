package io.drachtio.embedded.sip.time;

/** A task scheduled with {@link SipScheduler#schedule(long, Runnable)} that can still be cancelled. */
@FunctionalInterface
public interface ScheduledTask {

    /** A task that is never run; cancelling it does nothing. */
    ScheduledTask NONE = () -> { };

    /** Cancels the task if it has not run yet; cancelling twice or after it ran does nothing. */
    void cancel();
}
