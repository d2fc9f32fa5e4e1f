package io.drachtio.spring.filter;

import io.drachtio.client.IncomingRequest;
import reactor.core.publisher.Mono;

/**
 * Intercepts every request delivered to the application before its handler runs (also requests no
 * handler matches). A filter either passes the request on with {@code chain.filter(request)} or
 * answers it itself and completes without calling the chain — authentication, rate limiting, logging.
 * Filters are beans, ordered by {@link org.springframework.core.annotation.Order @Order} or
 * {@link org.springframework.core.Ordered}.
 *
 * <pre>{@code
 * @Bean @Order(0)
 * SipFilter onlyFromTrunk() {
 *     return (request, chain) -> request.meta().sourceAddress().equals("10.0.0.5")
 *             ? chain.filter(request)
 *             : request.response().send(403).then();
 * }
 * }</pre>
 *
 * <p>A filter runs on the thread that dispatches the request (see the execution model in
 * {@code docs/handlers.md}); it must not block when the handler is reactive. An ACK cannot be answered:
 * filters should pass it on.
 */
@FunctionalInterface
public interface SipFilter {

    /**
     * @param request the request
     * @param chain   the rest of the chain, ending with the handler
     * @return completion of this filter's work (including the rest of the chain when it was called)
     */
    Mono<Void> filter(IncomingRequest request, SipFilterChain chain);
}
