package io.drachtio.spring.dispatch;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks of the same key (a Call-ID) one after another, in submission order, and tasks of
 * different keys in parallel. A task signals that the next one may start by calling the {@code done}
 * callback it is given (possibly later, on another thread). No lock is held while a task runs; a key's
 * queue exists only while it has a running task and is removed when it drains.
 */
public final class CallIdSerialExecutor {

    /** A unit of work that reports when the next task of its key may start. */
    public interface SerialTask {

        /** @param done to be called exactly once when the next task of the key may start */
        void run(Runnable done);

        /** The executor refused the task (overload); called instead of {@link #run}. */
        void rejected();
    }

    private final ConcurrentHashMap<String, ArrayDeque<SerialTask>> waiting = new ConcurrentHashMap<>();
    private final Executor executor;

    /** @param executor where queued tasks (and tasks not run inline) run */
    public CallIdSerialExecutor(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param key    the Call-ID
     * @param task   the task
     * @param inline run the task on the calling thread when no task of the key is running or waiting
     */
    public void execute(String key, SerialTask task, boolean inline) {
        boolean[] idle = new boolean[1];
        waiting.compute(key, (k, queue) -> {
            if (queue == null) {
                idle[0] = true;
                return new ArrayDeque<>(2);
            }
            queue.addLast(task);
            return queue;
        });
        if (idle[0]) {
            start(key, task, inline);
        }
    }

    /** @return the number of keys with a running task (for tests and metrics) */
    public int activeKeys() {
        return waiting.size();
    }

    private void start(String key, SerialTask task, boolean inline) {
        Runnable done = new Done(key);
        if (inline) {
            task.run(done);
            return;
        }
        try {
            executor.execute(() -> task.run(done));
        } catch (RejectedExecutionException ex) {
            task.rejected();
            done.run();
        }
    }

    private final class Done implements Runnable {
        private final String key;
        private boolean called;

        private Done(String key) {
            this.key = key;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (called) {
                    return;
                }
                called = true;
            }
            SerialTask[] next = new SerialTask[1];
            waiting.compute(key, (k, queue) -> {
                next[0] = queue == null ? null : queue.pollFirst();
                return next[0] == null ? null : queue;
            });
            if (next[0] != null) {
                start(key, next[0], false);
            }
        }
    }
}
