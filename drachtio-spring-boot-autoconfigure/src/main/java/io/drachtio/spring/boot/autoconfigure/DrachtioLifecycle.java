package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.event.DrachtioEventPublisher;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Starts and stops the drachtio client with the application context. Start: publish the client's
 * connection events as application events and connect (waiting for the connections only when
 * {@code drachtio.lifecycle.await-connection=true}). Stop: the client removes its routes (no new
 * requests), lets in-flight transactions finish within the grace period, then closes.
 */
public class DrachtioLifecycle implements SmartLifecycle {

    /** Stopped before the default phase (and before the dispatcher executor is destroyed). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

    private static final Logger log = LoggerFactory.getLogger(DrachtioLifecycle.class);

    private final DrachtioClient client;
    private final DrachtioEventPublisher events;
    private final DrachtioProperties.Lifecycle settings;
    private final Duration grace;
    private volatile boolean running;
    private volatile Disposable eventSubscription;

    /**
     * @param client   the client
     * @param events   publishes connection events
     * @param settings the lifecycle properties
     * @param grace    how long in-flight transactions may take at shutdown
     */
    public DrachtioLifecycle(DrachtioClient client, DrachtioEventPublisher events,
            DrachtioProperties.Lifecycle settings, Duration grace) {
        this.client = client;
        this.events = events;
        this.settings = settings;
        this.grace = grace;
    }

    @Override
    public void start() {
        eventSubscription = client.events().subscribe(events::onConnectionEvent,
                error -> log.warn("drachtio connection events ended: {}", error.toString()));
        running = true;
        if (settings.isAwaitConnection()) {
            Duration timeout = settings.getStartupTimeout();
            client.start().timeout(timeout, Mono.error(() -> new IllegalStateException(
                    "drachtio connection(s) not ready within " + timeout + " (drachtio.lifecycle.startup-timeout)")))
                    .block();
        } else {
            client.start().subscribe(null, error -> log.error("drachtio client did not start: {}", error.getMessage()));
        }
    }

    @Override
    public void stop(Runnable callback) {
        running = false;
        log.info("stopping drachtio client: routes removed, {} in-flight transaction(s), grace {}",
                client.inFlightTransactions(), grace);
        client.stop(grace)
                .doFinally(signal -> {
                    disposeEvents();
                    callback.run();
                })
                .subscribe(null, error -> log.warn("drachtio client stopped with an error: {}", error.toString()));
    }

    @Override
    public void stop() {
        running = false;
        client.close();
        disposeEvents();
    }

    private void disposeEvents() {
        Disposable subscription = eventSubscription;
        if (subscription != null) {
            subscription.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.isAutoStartup();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
