package io.drachtio.spring.event;

import io.drachtio.client.CdrListener;
import io.drachtio.client.CdrRecord;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.dispatch.CallIdSerialExecutor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes the client's connection events, CDRs and unsolicited requests as Spring
 * {@link ApplicationEvent}s. The client calls it on event-loop threads; the events are published on the
 * dispatcher executor (listeners may block), in order per connection.
 */
public final class DrachtioEventPublisher implements CdrListener, Consumer<IncomingRequest> {

    private static final Logger log = LoggerFactory.getLogger(DrachtioEventPublisher.class);

    private final ApplicationEventPublisher publisher;
    private final CallIdSerialExecutor lanes;

    /**
     * @param publisher the application's event publisher
     * @param lanes     serial execution per connection name
     */
    public DrachtioEventPublisher(ApplicationEventPublisher publisher, CallIdSerialExecutor lanes) {
        this.publisher = publisher;
        this.lanes = lanes;
    }

    /** @param event a connection event */
    public void onConnectionEvent(ConnectionEvent event) {
        publish(event.connection().name(), DrachtioConnectionEvent.of(event));
    }

    @Override
    public void onCdr(CdrRecord record) {
        publish(record.connection(), DrachtioCdrEvent.of(record));
    }

    /** @param request an unsolicited request */
    @Override
    public void accept(IncomingRequest request) {
        publish(request.meta().connection(), new UnsolicitedRequestEvent(request));
    }

    private void publish(String lane, ApplicationEvent event) {
        lanes.execute("events:" + lane, new CallIdSerialExecutor.SerialTask() {
            @Override
            public void run(Runnable done) {
                try {
                    publisher.publishEvent(event);
                } catch (RuntimeException ex) {
                    log.error("listener of {} failed", event, ex);
                } finally {
                    done.run();
                }
            }

            @Override
            public void rejected() {
                log.warn("dispatcher executor full: {} not published", event);
            }
        }, false);
    }
}
