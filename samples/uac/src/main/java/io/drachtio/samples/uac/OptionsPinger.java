package io.drachtio.samples.uac;

import io.drachtio.client.OutgoingRequest;
import io.drachtio.spring.event.DrachtioConnectedEvent;
import io.drachtio.spring.event.DrachtioDisconnectedEvent;
import io.drachtio.spring.template.DrachtioTemplate;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends OPTIONS to {@code uac.target} as soon as the connection to drachtio-server is up and then every
 * {@code uac.interval}, logging one INFO line per answer: status, reason and round-trip time. Stops
 * while the connection is down.
 */
@Component
public class OptionsPinger {

    private static final Logger log = LoggerFactory.getLogger(OptionsPinger.class);

    private final DrachtioTemplate template;
    private final TaskScheduler scheduler;
    private final UacProperties properties;
    private ScheduledFuture<?> pings;

    /**
     * @param template   sends the OPTIONS
     * @param scheduler  runs the pings
     * @param properties the target and the interval
     */
    public OptionsPinger(DrachtioTemplate template, TaskScheduler scheduler, UacProperties properties) {
        this.template = template;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /**
     * The result of one ping.
     *
     * @param status    the final status
     * @param reason    its reason phrase
     * @param roundTrip time from sending the OPTIONS to its final response
     */
    public record Pong(int status, String reason, Duration roundTrip) {
    }

    /**
     * Sends one OPTIONS to the target and logs the answer.
     *
     * @return the answer; fails when none arrives (connection down or lost)
     */
    public Mono<Pong> ping() {
        String target = properties.target();
        return Mono.defer(() -> {
            long sentAt = System.nanoTime();
            return template.exchange(OutgoingRequest.builder("OPTIONS", target).build())
                    .map(response -> new Pong(response.status(), response.message().reason(),
                            Duration.ofNanos(System.nanoTime() - sentAt)));
        }).doOnNext(pong -> log.info("OPTIONS {} answered {} {} in {} ms", target, pong.status(), pong.reason(),
                pong.roundTrip().toMillis()))
                .doOnError(error -> log.warn("OPTIONS {} got no answer: {}", target, error.toString()));
    }

    /**
     * Starts pinging (the first ping at once) when the connection is up.
     *
     * @param connected the event
     */
    @EventListener
    public synchronized void onConnected(DrachtioConnectedEvent connected) {
        if (pings == null) {
            pings = scheduler.scheduleAtFixedRate(this::pingInBackground, properties.interval());
        }
    }

    /**
     * Stops pinging while the connection is down.
     *
     * @param disconnected the event
     */
    @EventListener
    public synchronized void onDisconnected(DrachtioDisconnectedEvent disconnected) {
        if (pings != null) {
            pings.cancel(false);
            pings = null;
        }
    }

    private void pingInBackground() {
        ping().onErrorComplete().subscribe();   // both outcomes are logged by ping()
    }
}
