package io.drachtio.spring.filter;

import io.drachtio.client.IncomingRequest;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Runs an ordered array of {@link SipFilter}s and then a terminal step. One instance is shared; each
 * link of a running chain is a tiny position object.
 */
public final class OrderedFilterChain {

    private final SipFilter[] filters;

    /** @param filters the filters, in order */
    public OrderedFilterChain(List<SipFilter> filters) {
        this.filters = filters.toArray(SipFilter[]::new);
    }

    /**
     * @param request  the request
     * @param terminal what runs after the last filter (the handler)
     * @return completion of the whole chain
     */
    public Mono<Void> run(IncomingRequest request, Function<IncomingRequest, Mono<Void>> terminal) {
        if (filters.length == 0) {
            return terminal.apply(request);
        }
        return new Link(0, terminal).filter(request);
    }

    /** @return the number of filters */
    public int size() {
        return filters.length;
    }

    private final class Link implements SipFilterChain {
        private final int index;
        private final Function<IncomingRequest, Mono<Void>> terminal;

        private Link(int index, Function<IncomingRequest, Mono<Void>> terminal) {
            this.index = index;
            this.terminal = terminal;
        }

        @Override
        public Mono<Void> filter(IncomingRequest request) {
            if (index == filters.length) {
                return terminal.apply(request);
            }
            return Mono.defer(() -> filters[index].filter(request, new Link(index + 1, terminal)));
        }
    }
}
