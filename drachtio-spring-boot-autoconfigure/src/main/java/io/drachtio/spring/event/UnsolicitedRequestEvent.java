package io.drachtio.spring.event;

import io.drachtio.client.IncomingRequest;
import org.springframework.context.ApplicationEvent;

/**
 * A request the server generated itself (for example the BYE it sends when an ACK never came). It must
 * not be answered.
 */
public class UnsolicitedRequestEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    /** @param request the request */
    public UnsolicitedRequestEvent(IncomingRequest request) {
        super(request);
    }

    /** @return the request */
    public IncomingRequest request() {
        return (IncomingRequest) getSource();
    }
}
