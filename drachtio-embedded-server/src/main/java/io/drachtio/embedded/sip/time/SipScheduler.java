package io.drachtio.embedded.sip.time;

/**
 * The single thread of control the SIP stack runs on, with timers.
 *
 * <p>Every state change of the stack (transactions, dialogs, proxy operations) happens in tasks run by
 * one scheduler, so no locking is needed inside the stack. Public entry points that may be called from
 * other threads hop onto the scheduler with {@link #execute(Runnable)}. Tests replace the Netty-backed
 * implementation with {@link VirtualScheduler} so that 32-second timers run without sleeping.
 */
public interface SipScheduler {

    /**
     * Runs a task on the scheduler's thread: at once when called from that thread, otherwise queued.
     *
     * @param task the task to run
     */
    void execute(Runnable task);

    /**
     * Runs a task once after a delay.
     *
     * @param delayMillis the delay in milliseconds (0 or negative: as soon as possible)
     * @param task        the task to run
     * @return a handle that cancels the task; never null
     */
    ScheduledTask schedule(long delayMillis, Runnable task);

    /**
     * Tells whether the caller runs on the scheduler's thread.
     *
     * @return true inside a task of this scheduler
     */
    boolean inSchedulerThread();
}
