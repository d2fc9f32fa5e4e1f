package io.drachtio.spring.filter;

import io.drachtio.client.IncomingRequest;
import reactor.core.publisher.Mono;

/** The filters after the current one, then the handler. */
@FunctionalInterface
public interface SipFilterChain {

    /**
     * @param request the request to pass on
     * @return completion of the rest of the chain
     */
    Mono<Void> filter(IncomingRequest request);
}
