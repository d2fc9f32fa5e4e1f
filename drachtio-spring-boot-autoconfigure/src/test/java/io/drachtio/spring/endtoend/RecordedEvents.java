package io.drachtio.spring.endtoend;

import io.drachtio.spring.event.CdrAttemptEvent;
import io.drachtio.spring.event.CdrStopEvent;
import io.drachtio.spring.event.DrachtioConnectionEvent;
import io.drachtio.spring.event.UnsolicitedRequestEvent;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code @EventListener}s for the drachtio application events — connection events, the CDR kinds
 * attempt and stop (so the starter routes exactly those), unsolicited requests — recording them in
 * arrival order.
 */
public class RecordedEvents {

    private final BlockingQueue<ApplicationEvent> events = new LinkedBlockingQueue<>();
    private final List<ApplicationEvent> history = new CopyOnWriteArrayList<>();

    /** @return every event received so far, oldest first */
    List<ApplicationEvent> history() {
        return List.copyOf(history);
    }

    private void record(ApplicationEvent event) {
        history.add(event);
        events.add(event);
    }

    @EventListener
    void connection(DrachtioConnectionEvent event) {
        record(event);
    }

    @EventListener
    void attempt(CdrAttemptEvent event) {
        record(event);
    }

    @EventListener
    void stop(CdrStopEvent event) {
        record(event);
    }

    @EventListener
    void unsolicited(UnsolicitedRequestEvent event) {
        record(event);
    }

    /**
     * Waits for the next event of a type that satisfies a condition, dropping the events before it.
     *
     * @param type      the event type
     * @param condition what the event must satisfy
     * @param <T>       the event type
     * @return the event
     * @throws AssertionError when none arrives within five seconds
     * @throws InterruptedException when interrupted
     */
    <T extends ApplicationEvent> T await(Class<T> type, Predicate<? super T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ApplicationEvent event = events.poll(5, TimeUnit.SECONDS); event != null;
                event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (type.isInstance(event) && condition.test(type.cast(event))) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 5 s");
    }

    /**
     * @param type the event type
     * @param <T>  the event type
     * @return the next event of that type
     * @throws InterruptedException when interrupted
     */
    <T extends ApplicationEvent> T await(Class<T> type) throws InterruptedException {
        return await(type, event -> true);
    }
}
