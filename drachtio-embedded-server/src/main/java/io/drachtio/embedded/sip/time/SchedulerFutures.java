package io.drachtio.embedded.sip.time;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Moves the outcome of asynchronous work onto the scheduler thread, so that the stack's state is only
 * touched there, and guarantees that the returned futures complete even when the scheduler has stopped.
 */
public final class SchedulerFutures {

    private SchedulerFutures() {
    }

    /**
     * Runs an operation on the scheduler and mirrors the future it returns.
     *
     * @param scheduler the scheduler
     * @param operation the operation; it may also throw to refuse
     * @param <T>       the result type
     * @return a future with the operation's outcome (a {@link CompletionException} unwrapped), failed
     *         when the operation threw or the scheduler refused the task
     */
    public static <T> CompletableFuture<T> call(SipScheduler scheduler, Supplier<CompletableFuture<T>> operation) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            scheduler.execute(() -> {
                try {
                    operation.get().whenComplete((value, error) -> complete(result, value, error));
                } catch (RuntimeException refused) {
                    result.completeExceptionally(refused);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
        }
        return result;
    }

    /**
     * Returns a future that completes on the scheduler thread with the outcome of another one.
     *
     * @param scheduler the scheduler
     * @param source    a future that may complete on any thread
     * @param <T>       the result type
     * @return the mirrored future; failed at once (on the completing thread) when the scheduler has stopped
     */
    public static <T> CompletableFuture<T> completeOn(SipScheduler scheduler, CompletableFuture<T> source) {
        CompletableFuture<T> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            try {
                scheduler.execute(() -> complete(result, value, error));
            } catch (RuntimeException stopped) {
                result.completeExceptionally(stopped);
            }
        });
        return result;
    }

    private static <T> void complete(CompletableFuture<T> result, T value, Throwable error) {
        if (error == null) {
            result.complete(value);
        } else {
            result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error);
        }
    }
}
