package io.drachtio.spring.test.demo;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.filter.SipFilter;
import io.drachtio.spring.filter.SipFilterChain;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Refuses requests from callers on the block list before any handler runs. */
@Component
public class BlocklistFilter implements SipFilter {

    @Override
    public Mono<Void> filter(IncomingRequest request, SipFilterChain chain) {
        String from = request.message().header("From");
        return from != null && from.contains("sip:spammer@")
                ? request.response().send(403, "Blocked").then()
                : chain.filter(request);
    }
}
