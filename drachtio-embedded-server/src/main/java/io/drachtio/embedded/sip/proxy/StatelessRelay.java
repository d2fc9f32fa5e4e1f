package io.drachtio.embedded.sip.proxy;

import io.drachtio.embedded.sip.message.MessageRewrite;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.TargetResolver;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays requests and responses of record-routed dialogs without state (RFC 3261 §16.11), as
 * drachtio-server does for ACK, BYE and other in-dialog requests whose top Route is the stack: the Route
 * is removed, Max-Forwards decremented, a Via with a branch derived from the incoming one added (so
 * retransmissions get the same branch), and the request sent to the next Route or the Request-URI.
 * Responses with the stack's Via on top lose it and go to the next Via (§18.2.2).
 */
public final class StatelessRelay {

    private static final Logger LOG = LoggerFactory.getLogger(StatelessRelay.class);

    private final OutboundRequests outbound;
    private final TargetResolver resolver;
    private final MessageSender sender;
    private final LocalEndpoint local;

    /**
     * Creates the relay.
     *
     * @param outbound sends relayed requests
     * @param resolver resolves the next Via of relayed responses
     * @param sender   sends relayed responses
     * @param local    the stack's own address
     */
    public StatelessRelay(OutboundRequests outbound, TargetResolver resolver, MessageSender sender,
                          LocalEndpoint local) {
        this.outbound = outbound;
        this.resolver = resolver;
        this.sender = sender;
        this.local = local;
    }

    /**
     * Tells whether a request's top Route names the stack.
     *
     * @param request the request
     * @return true when it has a Route and the first one is ours
     */
    public boolean routedThroughUs(SipRequest request) {
        List<NameAddress> routes = request.routes();
        return !routes.isEmpty() && local.isLocal(routes.get(0).uri());
    }

    /**
     * Relays a request whose top Route is ours.
     *
     * @param received the request
     */
    public void relayRequest(ReceivedMessage received) {
        SipRequest request = received.request();
        Integer maxForwards = request.maxForwards();
        if (maxForwards != null && maxForwards <= 0) {
            LOG.warn("Dropped {} to relay from {}: Max-Forwards is 0", request.method(), received.source());
            return;
        }
        SipRequest forwarded = MessageRewrite.of(request)
                .dropFirst(HeaderNames.ROUTE)
                .set(HeaderNames.MAX_FORWARDS, maxForwards == null ? "70" : Integer.toString(maxForwards - 1))
                .toRequest();
        String branch = IdGenerator.MAGIC_COOKIE + "-sl-"
                + UUID.nameUUIDFromBytes(request.topVia().branch().getBytes(StandardCharsets.UTF_8));
        outbound.resolve(TargetResolver.nextHop(forwarded)).whenComplete((destination, error) -> {
            if (error != null) {
                LOG.warn("Cannot relay {}: {}", request.method(), error.getMessage());
            } else {
                outbound.sendStateless(forwarded, destination, branch);
            }
        });
    }

    /**
     * Relays a response whose top Via is the stack's and which has another Via below.
     *
     * @param received the response
     * @return false when the response is not one to relay (a single Via, or not ours on top)
     */
    public boolean relayResponse(ReceivedMessage received) {
        SipResponse response = received.response();
        List<Via> vias = response.vias();
        if (vias.size() < 2 || !isOwn(vias.get(0))) {
            return false;
        }
        SipResponse forwarded = MessageRewrite.of(response).dropFirst(HeaderNames.VIA).toResponse();
        resolver.responseDestination(vias.get(1)).whenComplete((destination, error) -> {
            if (error != null) {
                LOG.warn("Cannot relay {} response: {}", response.status(), error.getMessage());
            } else {
                sender.send(forwarded, destination);
            }
        });
        return true;
    }

    private boolean isOwn(Via via) {
        int port = via.port() > 0 ? via.port() : 5060;
        return (port == local.udpPort() || port == local.tcpPort()) && via.host().equalsIgnoreCase(local.host());
    }
}
