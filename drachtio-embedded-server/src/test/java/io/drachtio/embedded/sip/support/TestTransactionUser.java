package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.ua.TransactionUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The test TU: answers requests with per-method handlers and records everything the stack reports.
 * Thread-safe; waits are bounded.
 */
public final class TestTransactionUser implements TransactionUser {

    /** Something the stack reported, for assertions. */
    public record Event(String kind, String detail, Dialog dialog) {
    }

    private final Map<String, BiConsumer<ServerTransaction, Dialog>> handlers = new ConcurrentHashMap<>();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> history = new CopyOnWriteArrayList<>();
    private final List<ServerTransaction> requests = new CopyOnWriteArrayList<>();

    /** Sets how requests of a method are handled (unhandled ones are only recorded). */
    public TestTransactionUser on(String method, BiConsumer<ServerTransaction, Dialog> handler) {
        handlers.put(method, handler);
        return this;
    }

    @Override
    public void onRequest(ServerTransaction transaction, Dialog dialog) {
        requests.add(transaction);
        String method = transaction.request().method();
        record(new Event("request", method, dialog));
        BiConsumer<ServerTransaction, Dialog> handler = handlers.get(method);
        if (handler != null) {
            handler.accept(transaction, dialog);
        }
    }

    @Override
    public void onAck(ServerTransaction invite, Dialog dialog, ReceivedMessage ack) {
        record(new Event("ack", invite.request().method(), dialog));
    }

    @Override
    public void onCancel(ServerTransaction invite, ReceivedMessage cancel) {
        record(new Event("cancel", invite.id(), null));
    }

    @Override
    public void onAckTimeout(ServerTransaction invite, Dialog dialog) {
        record(new Event("ack-timeout", dialog.id(), dialog));
    }

    @Override
    public void onDialogTerminated(Dialog dialog, DialogTerminationReason reason) {
        record(new Event("dialog-terminated", reason.name(), dialog));
    }

    private void record(Event event) {
        history.add(event);
        events.add(event);
    }

    /** Every event so far, in order. */
    public List<Event> history() {
        return history;
    }

    /** The server transactions of every request received. */
    public List<ServerTransaction> requests() {
        return requests;
    }

    /** Counts the events of a kind (and detail, when not null). */
    public long count(String kind, String detail) {
        return history.stream()
                .filter(e -> e.kind().equals(kind) && (detail == null || detail.equals(e.detail())))
                .count();
    }

    /** Waits (at most 10 s) for the next event of a kind; returns null when none came. */
    public Event await(String kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (event == null || event.kind().equals(kind)) {
                return event;
            }
        }
    }
}
