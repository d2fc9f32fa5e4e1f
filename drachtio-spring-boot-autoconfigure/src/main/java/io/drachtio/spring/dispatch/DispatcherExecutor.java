package io.drachtio.spring.dispatch;

import java.util.concurrent.Executor;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The executor blocking handlers run on, marking its threads so the dispatcher can tell whether it
 * already runs on one (and need not hop).
 */
public final class DispatcherExecutor implements Executor {

    private static final ThreadLocal<Boolean> ON_DISPATCHER = new ThreadLocal<>();

    private final Executor delegate;
    private final Scheduler scheduler;

    /** @param delegate the executor that provides the threads (a pool, or virtual threads) */
    public DispatcherExecutor(Executor delegate) {
        this.delegate = delegate;
        this.scheduler = Schedulers.fromExecutor(this);
    }

    /** @return {@code true} when the current thread runs a task of a dispatcher executor */
    public static boolean isDispatcherThread() {
        return ON_DISPATCHER.get() != null;
    }

    /**
     * @param task the task
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses it (overload)
     */
    @Override
    public void execute(Runnable task) {
        delegate.execute(() -> {
            ON_DISPATCHER.set(Boolean.TRUE);
            try {
                task.run();
            } finally {
                ON_DISPATCHER.remove();
            }
        });
    }

    /** @return a Reactor scheduler running on this executor */
    public Scheduler scheduler() {
        return scheduler;
    }
}
