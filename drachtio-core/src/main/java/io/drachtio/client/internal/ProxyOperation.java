package io.drachtio.client.internal;

import io.drachtio.client.CommandFailedException;
import io.drachtio.client.ProxyResult;
import io.drachtio.sip.SipParseException;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ReplyStatus;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One running {@code proxy} command: collects the {@code continue} replies (one per final response
 * from a target, R3) until {@code done} (R4), or fails on {@code NOK}. No reply timeout applies: the
 * operation lasts as long as SIP says.
 */
final class ProxyOperation implements ReplyListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyOperation.class);

    private final DefaultIncomingRequest request;
    private final List<ProxyResult.ProxyResponse> responses = new ArrayList<>();
    private final Sinks.One<ProxyResult> result = Sinks.one();

    ProxyOperation(DefaultIncomingRequest request) {
        this.request = request;
    }

    Mono<ProxyResult> result() {
        return result.asMono();
    }

    @Override
    public void written() {
        request.session().incoming().proxyWritten(request);
    }

    @Override
    public boolean onReply(Reply reply) {
        if (reply.status() != ReplyStatus.OK) {
            onFailure(new CommandFailedException(request.session().name(), "proxy", reply.failureText()));
            return true;
        }
        if (reply.isContinue()) {
            collect(reply);
            return false;
        }
        ProxyResult outcome = new ProxyResult(responses);
        request.session().incoming().proxyEnded(request);
        request.session().context().observer().notify(o -> o.proxyCompleted(request, outcome));
        result.tryEmitValue(outcome);
        return true;
    }

    private void collect(Reply reply) {
        MessageMeta meta = reply.meta();
        try {
            responses.add(new ProxyResult.ProxyResponse(meta.address(), meta.port(), meta.time(),
                    SipMessages.response(reply.sip())));
        } catch (SipParseException e) {
            LOG.warn("unreadable response in a proxy 'continue' from {} for {}: {}; skipped", request.session().name(),
                    request.describe(), e.getMessage());
        }
    }

    @Override
    public void onFailure(Throwable error) {
        request.session().incoming().proxyEnded(request);
        result.tryEmitError(error);
    }
}
