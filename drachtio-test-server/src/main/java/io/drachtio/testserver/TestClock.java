package io.drachtio.testserver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A clock the test controls. The test server reads the time of day for its meta fields from it
 * and runs its SIP timers on it (the 32 s ACK timeout, delayed answers of proxy targets,
 * provisional timeouts), so a test {@link #advance(Duration) advances} the clock instead of
 * sleeping.
 *
 * <p>Time only moves when a test calls {@link #advance(Duration)}; timers that fall due during an
 * advance run on the calling thread, in due order, each seeing the clock at its due time. The
 * zone is UTC.
 */
public final class TestClock extends Clock {

    private final Object lock = new Object();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private Instant now;
    private long sequence;

    private TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /**
     * Creates a clock standing at {@code start}.
     *
     * @param start the initial instant
     * @return a new clock
     */
    public static TestClock startingAt(Instant start) {
        return new TestClock(start);
    }

    /**
     * Creates a clock standing at the current system time.
     *
     * @return a new clock
     */
    public static TestClock startingNow() {
        return new TestClock(Instant.now());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Returns a view of this clock in another zone; the view moves with this clock.
     *
     * @param zone the zone
     * @return the zoned view
     */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now;
        }
    }

    /**
     * Moves the clock forward, running every timer that falls due on the way, in due order.
     *
     * @param amount how far to move; must not be negative
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back: " + amount);
        }
        Instant target;
        synchronized (lock) {
            target = now.plus(amount);
        }
        while (true) {
            Timer due;
            synchronized (lock) {
                Timer next = timers.peek();
                if (next == null || next.dueAt.isAfter(target)) {
                    if (now.isBefore(target)) {
                        now = target;
                    }
                    return;
                }
                due = timers.poll();
                if (due.dueAt.isAfter(now)) {
                    now = due.dueAt;
                }
            }
            due.task.run();
        }
    }

    /**
     * Schedules a task to run when the clock reaches {@code now + delay}.
     *
     * @param delay how long after the current instant; zero or negative means "at the next advance"
     * @param task  what to run (on the thread that advances the clock)
     * @return a handle to cancel the timer
     */
    public Timer schedule(Duration delay, Runnable task) {
        synchronized (lock) {
            Timer timer = new Timer(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++,
                    Objects.requireNonNull(task, "task"));
            timers.add(timer);
            return timer;
        }
    }

    /**
     * Returns how many timers are waiting.
     *
     * @return the number of scheduled, not yet run or cancelled timers
     */
    public int pendingTimers() {
        synchronized (lock) {
            return timers.size();
        }
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + ", " + pendingTimers() + " timers]";
    }

    private void cancel(Timer timer) {
        synchronized (lock) {
            timers.remove(timer);
        }
    }

    /** A scheduled task of a {@link TestClock}. */
    public final class Timer implements Comparable<Timer> {

        private final Instant dueAt;
        private final long order;
        private final Runnable task;

        private Timer(Instant dueAt, long order, Runnable task) {
            this.dueAt = dueAt;
            this.order = order;
            this.task = task;
        }

        /**
         * Returns when the timer falls due.
         *
         * @return the due instant
         */
        public Instant dueAt() {
            return dueAt;
        }

        /** Cancels the timer; does nothing if it already ran. */
        public void cancel() {
            TestClock.this.cancel(this);
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = dueAt.compareTo(other.dueAt);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
