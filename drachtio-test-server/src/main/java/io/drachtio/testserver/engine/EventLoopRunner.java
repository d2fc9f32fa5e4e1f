package io.drachtio.testserver.engine;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs work on the single event loop that owns all state of the emulated server. Test threads
 * call {@link #call(Supplier)}, which waits for the result; code already on the loop runs
 * directly.
 */
public final class EventLoopRunner {

    private final EventLoop loop;
    private final Duration timeout;

    /**
     * Creates a runner.
     *
     * @param loop    the event loop owning the server state
     * @param timeout how long a caller waits for the loop before failing
     */
    public EventLoopRunner(EventLoop loop, Duration timeout) {
        this.loop = loop;
        this.timeout = timeout;
    }

    /**
     * Returns the event loop.
     *
     * @return the loop
     */
    public EventLoop loop() {
        return loop;
    }

    /**
     * Tells whether the current thread is the event loop.
     *
     * @return {@code true} on the loop
     */
    public boolean inLoop() {
        return loop.inEventLoop();
    }

    /**
     * Runs work on the loop without waiting.
     *
     * @param work the work
     */
    public void execute(Runnable work) {
        if (loop.inEventLoop()) {
            work.run();
        } else {
            loop.execute(work);
        }
    }

    /**
     * Runs work on the loop and waits for it.
     *
     * @param work the work
     */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work on the loop, waits for it and returns its result. An exception thrown by the
     * work is rethrown to the caller (runtime exceptions and errors as they are).
     *
     * @param work the work
     * @param <T>  the result type
     * @return the result
     */
    public <T> T call(Supplier<T> work) {
        if (loop.inEventLoop()) {
            return work.get();
        }
        Future<T> future = loop.submit(work::get);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the test server", e);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new AssertionError("the test server did not run the operation within " + timeout.toMillis()
                    + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
