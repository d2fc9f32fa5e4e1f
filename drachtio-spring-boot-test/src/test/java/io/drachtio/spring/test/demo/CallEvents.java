package io.drachtio.spring.test.demo;

import io.drachtio.spring.event.CdrStopEvent;
import io.drachtio.spring.event.DrachtioConnectionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs ended calls and connection changes (a component outside the SIP layer). The starter publishes
 * these events on its dispatcher threads, so a test waits for an entry rather than reading the log at once.
 */
@Component
public class CallEvents {

    private final List<String> log = new ArrayList<>();

    @EventListener
    void callEnded(CdrStopEvent event) {
        add("call ended: " + event.record().detail());
    }

    @EventListener
    void connection(DrachtioConnectionEvent event) {
        add(event.getClass().getSimpleName());
    }

    /**
     * Counts how often an entry was logged so far.
     *
     * @param entry the entry
     * @return the number of times
     */
    public synchronized int count(String entry) {
        return Collections.frequency(log, entry);
    }

    /**
     * Waits up to 5 s until an entry was logged at least a number of times.
     *
     * @param entry       the expected entry
     * @param occurrences how many times
     * @return {@code true} when it was logged often enough in time
     * @throws InterruptedException when interrupted while waiting
     */
    public synchronized boolean awaitLogged(String entry, int occurrences) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count(entry) < occurrences) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void add(String entry) {
        log.add(entry);
        notifyAll();
    }
}
