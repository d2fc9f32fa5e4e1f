package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.message.MessageRewrite;
import io.drachtio.embedded.sip.time.SchedulerFutures;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.TargetResolver;
import io.drachtio.embedded.sip.transport.ViaText;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.uri.Uri;
import java.util.concurrent.CompletableFuture;

/**
 * Sends requests the stack originates or forwards: resolves the next hop, puts the stack's Via on top
 * (drachtio format, see {@link ViaText#ownVia}) and sends the request through a new client transaction
 * or statelessly (ACK for 2xx, stateless relays).
 */
public final class OutboundRequests {

    private final TransactionLayer layer;
    private final TargetResolver resolver;
    private final LocalEndpoint local;
    private final SipScheduler scheduler;
    private final MessageSender sender;

    /**
     * Creates the sender.
     *
     * @param layer     creates client transactions
     * @param resolver  resolves next hops
     * @param local     the stack's own address, for the Via
     * @param scheduler the stack's scheduler
     * @param sender    the transport, for stateless sends
     */
    public OutboundRequests(TransactionLayer layer, TargetResolver resolver, LocalEndpoint local,
                            SipScheduler scheduler, MessageSender sender) {
        this.layer = layer;
        this.resolver = resolver;
        this.local = local;
        this.scheduler = scheduler;
        this.sender = sender;
    }

    /**
     * Resolves a next hop; the future completes on the scheduler thread.
     *
     * @param nextHop the URI to send to
     * @return the destination, or a future failed with the
     *         {@link io.drachtio.embedded.sip.transport.TransportException}
     */
    public CompletableFuture<Destination> resolve(Uri nextHop) {
        return SchedulerFutures.completeOn(scheduler, resolver.resolve(nextHop));
    }

    /**
     * Adds the stack's Via and sends the request in a new client transaction. Call on the scheduler.
     *
     * @param request     the request, without the stack's Via
     * @param destination the resolved next hop
     * @param branch      the branch of the new Via
     * @param listener    receives the outcome
     * @return the transaction
     */
    public ClientTransaction send(SipRequest request, Destination destination, String branch,
                                  ClientTransactionListener listener) {
        return layer.sendRequest(withVia(request, destination, branch), destination, listener);
    }

    /**
     * Adds the stack's Via and sends the request without a transaction. Call on the scheduler.
     *
     * @param request     the request, without the stack's Via
     * @param destination the resolved next hop
     * @param branch      the branch of the new Via
     * @return the request as sent
     */
    public SipRequest sendStateless(SipRequest request, Destination destination, String branch) {
        SipRequest sent = withVia(request, destination, branch);
        sender.send(sent, destination);
        return sent;
    }

    private SipRequest withVia(SipRequest request, Destination destination, String branch) {
        String via = ViaText.ownVia(destination.transport(), local.host(), local.port(destination.transport()), branch);
        return MessageRewrite.of(request).prepend(HeaderNames.VIA, via).toRequest();
    }
}
