package io.drachtio.spring.observation;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.micrometer.observation.Observation;

/**
 * The context of the observation of one request the application handles: the request and the handler
 * chosen for it. The final status is read from the request when the observation stops.
 */
public class SipRequestObservationContext extends Observation.Context {

    private final IncomingRequest request;
    private final SipHandlerMapping mapping;
    private final String handler;

    /**
     * @param request the request
     * @param mapping the handler mapping chosen for it, or {@code null} when none matched
     */
    public SipRequestObservationContext(IncomingRequest request, SipHandlerMapping mapping) {
        this.request = request;
        this.mapping = mapping;
        this.handler = mapping == null ? null : mapping.describe();
    }

    /** @return the request */
    public IncomingRequest getRequest() {
        return request;
    }

    /** @return the handler mapping, or {@code null} when no handler matched */
    public SipHandlerMapping getMapping() {
        return mapping;
    }

    /** @return the handler ({@code Type#method}), or {@code null} when no handler matched */
    public String getHandler() {
        return handler;
    }

    /**
     * @return the status of the final response the application sent (or is sending), or {@code 0} when
     *         it sent none (an ACK, a proxied or cancelled request, or not answered yet)
     */
    public int getFinalStatus() {
        return request.response().finalStatus();
    }
}
