package io.drachtio.samples.registrar;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Deletes expired bindings every {@code registrar.purge-interval}, once the application is ready. */
@Component
class ExpiredBindingPurger {

    private final Bindings bindings;
    private final TaskScheduler scheduler;
    private final RegistrarProperties properties;

    ExpiredBindingPurger(Bindings bindings, TaskScheduler scheduler, RegistrarProperties properties) {
        this.bindings = bindings;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedulePurges() {
        scheduler.scheduleWithFixedDelay(bindings::purgeExpired, properties.purgeInterval());
    }
}
