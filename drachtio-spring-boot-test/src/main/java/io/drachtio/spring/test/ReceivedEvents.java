package io.drachtio.spring.test;

import io.drachtio.client.CdrRecord;
import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.event.DrachtioCdrEvent;
import io.drachtio.spring.event.UnsolicitedRequestEvent;
import io.drachtio.testserver.await.Inbox;
import java.time.Duration;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Records what the application received from the server besides requests — CDRs and unsolicited
 * requests — as the starter publishes them ({@link DrachtioCdrEvent}, {@link UnsolicitedRequestEvent}).
 * It listens for {@code ApplicationEvent} in general on purpose: a listener of {@code DrachtioCdrEvent}
 * would make the starter route CDR kinds the application itself does not ask for.
 */
final class ReceivedEvents implements GenericApplicationListener {

    private final Duration timeout;
    private final Inbox<CdrRecord> cdrs = new Inbox<>("CDRs the application received");
    private final Inbox<IncomingRequest> unsolicited = new Inbox<>("unsolicited requests the application received");

    ReceivedEvents(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.toClass();
        return DrachtioCdrEvent.class.isAssignableFrom(type) || UnsolicitedRequestEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof DrachtioCdrEvent cdr) {
            cdrs.add(cdr.record());
        } else if (event instanceof UnsolicitedRequestEvent request) {
            unsolicited.add(request.request());
        }
    }

    Inbox<CdrRecord> cdrs() {
        return cdrs;
    }

    Inbox<IncomingRequest> unsolicited() {
        return unsolicited;
    }

    Duration timeout() {
        return timeout;
    }

    /** Forgets everything recorded so far. */
    void clear() {
        cdrs.clear();
        unsolicited.clear();
    }
}
