package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.event.DrachtioEventPublisher;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Starts and stops the drachtio client with the application context.
 * <ul>
 * <li>First start: publish the client's connection events as application events and connect (waiting
 *     for the connections only when {@code drachtio.lifecycle.await-connection=true}).</li>
 * <li>Stop while the context closes: the client removes its routes (no new requests), lets in-flight
 *     transactions finish within the grace period, then closes its connections.</li>
 * <li>Stop without closing ({@code context.stop()}, or a test framework pausing a cached context): the
 *     routes are removed, the connections stay; a later start registers the routes again.</li>
 * <li>From the first start until the context closes, a non-daemon thread keeps the JVM running
 *     ({@code drachtio.lifecycle.keep-alive}, default true), as a web server's threads would.</li>
 * </ul>
 */
public class DrachtioLifecycle implements SmartLifecycle, ApplicationListener<ContextClosedEvent>,
        ApplicationContextAware {

    /** Stopped before the default phase (and before the dispatcher executor is destroyed). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

    private static final Logger log = LoggerFactory.getLogger(DrachtioLifecycle.class);

    private final DrachtioClient client;
    private final DrachtioEventPublisher events;
    private final DrachtioProperties.Lifecycle settings;
    private final Duration grace;
    private ApplicationContext applicationContext;
    private volatile boolean running;
    private volatile boolean clientStarted;
    private volatile boolean closing;
    private volatile Disposable eventSubscription;
    private volatile KeepAliveThread keepAlive;

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
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    /**
     * @param event the context is closing: the next stop closes the connections, and the JVM need not be
     *              kept alive any longer (the closing thread finishes the shutdown)
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == applicationContext) {
            closing = true;
            KeepAliveThread thread = keepAlive;
            if (thread != null) {
                thread.release();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        if (clientStarted) {
            log.info("drachtio client restarted: registering routes {} again", client.routes());
            whenReady(client.resume(), "routes not registered again");
            return;
        }
        clientStarted = true;
        if (settings.isKeepAlive()) {
            KeepAliveThread thread = new KeepAliveThread();
            thread.start();
            keepAlive = thread;
        }
        eventSubscription = client.events().subscribe(events::onConnectionEvent,
                error -> log.warn("drachtio connection events ended: {}", error.toString()));
        whenReady(client.start(), "client did not start");
    }

    private void whenReady(Mono<Void> ready, String failure) {
        if (settings.isAwaitConnection()) {
            Duration timeout = settings.getStartupTimeout();
            ready.timeout(timeout, Mono.error(() -> new IllegalStateException(
                    "drachtio connection(s) not ready within " + timeout + " (drachtio.lifecycle.startup-timeout)")))
                    .block();
        } else {
            ready.subscribe(null, error -> log.error("drachtio {}: {}", failure, error.getMessage()));
        }
    }

    @Override
    public void stop(Runnable callback) {
        running = false;
        if (!closing) {
            log.info("drachtio client stopped: removing routes, connections stay open");
            client.drain().doFinally(signal -> callback.run())
                    .subscribe(null, error -> log.warn("drachtio routes not removed: {}", error.toString()));
            return;
        }
        log.info("stopping drachtio client: removing routes, {} in-flight transaction(s), grace {}",
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
        if (closing) {
            client.close();
            disposeEvents();
        } else {
            client.drain().subscribe(null, error -> log.warn("drachtio routes not removed: {}", error.toString()));
        }
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
