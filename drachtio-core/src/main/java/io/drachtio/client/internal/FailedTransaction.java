package io.drachtio.client.internal;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.SentRequest;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request that was never sent (not connected, refused before sending): every stream fails with
 * the same error.
 */
final class FailedTransaction implements ClientTransaction {

    private final Throwable error;

    FailedTransaction(Throwable error) {
        this.error = error;
    }

    @Override
    public Mono<SentRequest> sent() {
        return Mono.error(error);
    }

    @Override
    public Flux<ReceivedResponse> responses() {
        return Flux.error(error);
    }

    @Override
    public Mono<ReceivedResponse> finalResponse() {
        return Mono.error(error);
    }

    @Override
    public Mono<SentRequest> cancel(List<OutgoingRequest.Header> headers) {
        return Mono.error(error);
    }

    @Override
    public Mono<SentRequest> ack(byte[] body) {
        return Mono.error(error);
    }

    @Override
    public ClientTransaction prack(ReceivedResponse reliableProvisional, byte[] body) {
        return this;
    }
}
