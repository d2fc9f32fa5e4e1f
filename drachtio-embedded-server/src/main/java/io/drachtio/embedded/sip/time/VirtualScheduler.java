package io.drachtio.embedded.sip.time;

import java.util.PriorityQueue;

/**
 * A {@link SipScheduler} with a virtual clock, for tests: nothing runs by itself; {@link #advance(long)}
 * moves the clock and runs every task that became due, in time order (tasks due at the same instant run
 * in the order they were scheduled). {@link #execute(Runnable)} runs the task at once in the caller.
 *
 * <p>Not thread-safe: drive it from one test thread.
 */
public final class VirtualScheduler implements SipScheduler {

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public ScheduledTask schedule(long delayMillis, Runnable task) {
        Entry entry = new Entry(now + Math.max(0, delayMillis), sequence++, task);
        queue.add(entry);
        return () -> entry.cancelled = true;
    }

    @Override
    public boolean inSchedulerThread() {
        return true;
    }

    /**
     * Returns the virtual time.
     *
     * @return milliseconds since the scheduler was created
     */
    public long now() {
        return now;
    }

    /**
     * Moves the clock forward, running every task that falls due on the way (including tasks scheduled
     * by those tasks, when they fall due before the new time).
     *
     * @param millis how far to move, in milliseconds (not negative)
     */
    public void advance(long millis) {
        long target = now + millis;
        while (!queue.isEmpty() && queue.peek().dueAt <= target) {
            Entry entry = queue.poll();
            now = entry.dueAt;
            if (!entry.cancelled) {
                entry.task.run();
            }
        }
        now = target;
    }

    /**
     * Counts the tasks still waiting (cancelled ones excluded).
     *
     * @return the number of pending tasks
     */
    public int pendingTasks() {
        int count = 0;
        for (Entry entry : queue) {
            if (!entry.cancelled) {
                count++;
            }
        }
        return count;
    }

    private static final class Entry implements Comparable<Entry> {
        private final long dueAt;
        private final long order;
        private final Runnable task;
        private boolean cancelled;

        private Entry(long dueAt, long order, Runnable task) {
            this.dueAt = dueAt;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(dueAt, other.dueAt);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
