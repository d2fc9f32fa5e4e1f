package io.drachtio.testserver.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A thread-safe mailbox of things that arrived, for tests to wait on. Producers (the server's
 * event loop) {@link #add(Object) add}; test threads {@link #take(String, Predicate, Duration)
 * take} the first pending item matching a condition, waiting for it up to a timeout. Items that do
 * not match stay pending for later takes, so the order in which a test asks does not have to be
 * the order in which things happened. Everything ever added is also kept in {@link #history()}.
 *
 * @param <T> the type of the items
 */
public final class Inbox<T> {

    private final String name;
    private final List<T> pending = new ArrayList<>();
    private final List<T> history = new ArrayList<>();

    /**
     * Creates an empty inbox.
     *
     * @param name what the inbox holds, used in failure messages (e.g. {@code "responses to INVITE"})
     */
    public Inbox(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Adds an item and wakes up waiting takers.
     *
     * @param item the item, not {@code null}
     */
    public synchronized void add(T item) {
        Objects.requireNonNull(item, "item");
        pending.add(item);
        history.add(item);
        notifyAll();
    }

    /**
     * Removes and returns the first pending item matching {@code condition}, waiting up to
     * {@code timeout} for one to arrive.
     *
     * @param what      what is awaited, for the failure message (e.g. {@code "a final response"})
     * @param condition which items qualify
     * @param timeout   how long to wait
     * @return the item
     * @throws AssertionError when nothing qualifying arrived in time; the message names what was
     *                        awaited and lists the pending items that did arrive
     * @throws IllegalStateException when called on a {@link NonBlockingThread}
     */
    public synchronized T take(String what, Predicate<? super T> condition, Duration timeout) {
        if (Thread.currentThread() instanceof NonBlockingThread) {
            throw new IllegalStateException("waiting for " + what + " in " + name + " on the test server's event "
                    + "loop would block it; wait from the test thread");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = removeFirst(condition);
            if (found.isPresent()) {
                return found.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(timeoutMessage(what, timeout));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what + " in " + name, e);
            }
        }
    }

    /**
     * Removes and returns the first pending item, waiting up to {@code timeout}.
     *
     * @param what    what is awaited, for the failure message
     * @param timeout how long to wait
     * @return the item
     * @throws AssertionError when nothing arrived in time
     */
    public T take(String what, Duration timeout) {
        return take(what, item -> true, timeout);
    }

    /**
     * Removes and returns the first pending item matching {@code condition} without waiting.
     *
     * @param condition which items qualify
     * @return the item, or empty when none is pending
     */
    public synchronized Optional<T> poll(Predicate<? super T> condition) {
        return removeFirst(condition);
    }

    /**
     * Returns the items added and not yet taken.
     *
     * @return a snapshot, oldest first; empty when nothing is pending
     */
    public synchronized List<T> pending() {
        return List.copyOf(pending);
    }

    /**
     * Returns every item ever added, taken or not.
     *
     * @return a snapshot, oldest first; empty when nothing arrived
     */
    public synchronized List<T> history() {
        return List.copyOf(history);
    }

    @Override
    public synchronized String toString() {
        return name + " (" + pending.size() + " pending of " + history.size() + ")";
    }

    private Optional<T> removeFirst(Predicate<? super T> condition) {
        for (int i = 0; i < pending.size(); i++) {
            T item = pending.get(i);
            if (condition.test(item)) {
                pending.remove(i);
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private String timeoutMessage(String what, Duration timeout) {
        StringBuilder message = new StringBuilder("Timed out after ").append(timeout.toMillis())
                .append(" ms waiting for ").append(what).append(" in ").append(name).append("; ");
        if (pending.isEmpty()) {
            message.append(history.isEmpty() ? "nothing arrived" : "nothing else arrived (already taken: "
                    + history.size() + ")");
        } else {
            message.append("arrived instead:");
            for (T item : pending) {
                message.append("\n  - ").append(item);
            }
        }
        return message.toString();
    }
}
