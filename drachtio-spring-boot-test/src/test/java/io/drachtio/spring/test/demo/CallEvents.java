package io.drachtio.spring.test.demo;

import io.drachtio.spring.event.CdrStopEvent;
import io.drachtio.spring.event.DrachtioConnectionEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs ended calls and connection changes (a component outside the SIP layer). */
@Component
public class CallEvents {

    private final List<String> log = new CopyOnWriteArrayList<>();

    @EventListener
    void callEnded(CdrStopEvent event) {
        log.add("call ended: " + event.record().detail());
    }

    @EventListener
    void connection(DrachtioConnectionEvent event) {
        log.add(event.getClass().getSimpleName());
    }

    /**
     * Returns what happened so far.
     *
     * @return the log lines, oldest first
     */
    public List<String> log() {
        return log;
    }
}
