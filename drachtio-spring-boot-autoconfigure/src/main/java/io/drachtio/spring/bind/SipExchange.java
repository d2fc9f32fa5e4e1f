package io.drachtio.spring.bind;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.mapping.SipHandlerMapping;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One request on its way through filters, handler and return-value handling: the
 * {@link Message} that spring-messaging's argument resolvers and return-value handlers receive. Its
 * payload is the {@link IncomingRequest}; its headers are always empty (everything is on the request).
 */
public final class SipExchange implements Message<IncomingRequest> {

    private static final MessageHeaders NO_HEADERS = new MessageHeaders(null);

    private final IncomingRequest request;
    private final SipHandlerMapping mapping;

    /**
     * @param request the request
     * @param mapping the handler chosen for it, or {@code null} when none matched
     */
    public SipExchange(IncomingRequest request, SipHandlerMapping mapping) {
        this.request = request;
        this.mapping = mapping;
    }

    @Override
    public IncomingRequest getPayload() {
        return request;
    }

    @Override
    public MessageHeaders getHeaders() {
        return NO_HEADERS;
    }

    /** @return the request */
    public IncomingRequest request() {
        return request;
    }

    /** @return the mapping chosen for the request, or {@code null} when none matched */
    public SipHandlerMapping mapping() {
        return mapping;
    }


    @Override
    public String toString() {
        return "SipExchange[" + request.method() + " " + request.callId() + "]";
    }
}
