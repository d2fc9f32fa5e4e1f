package io.drachtio.spring.reply;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ResponseChannel;
import io.drachtio.client.SentResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Sends responses on behalf of handlers and the dispatcher, and logs (rather than loses) a send the
 * server refused — e.g. because the caller cancelled meanwhile.
 */
public final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private ReplySender() {
    }

    /**
     * @param request the request to answer
     * @param reply   the reply
     */
    public static void send(IncomingRequest request, SipReply reply) {
        ResponseChannel channel = request.response();
        Mono<SentResponse> sent;
        if (reply.headers().isEmpty() && reply.body().length == 0) {
            sent = reply.reason() == null ? channel.send(reply.status()) : channel.send(reply.status(), reply.reason());
        } else if (reply.reason() == null) {
            sent = channel.send(reply.status(), reply::applyTo);
        } else {
            sent = channel.send(reply.status(), reply.reason(), reply::applyTo);
        }
        track(request, sent);
    }

    /**
     * Watches a send that is already written, logging its failure.
     *
     * @param request the request answered
     * @param sent    the send
     */
    public static void track(IncomingRequest request, Mono<SentResponse> sent) {
        sent.subscribe(null, error -> log.warn("response to {} (Call-ID {}) was not sent: {}", request.method(),
                request.callId(), error.toString()));
    }
}
