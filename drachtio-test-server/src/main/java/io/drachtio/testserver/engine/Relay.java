package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.testserver.stack.ResponseParts;
import io.drachtio.testserver.stack.ServerVia;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.Source;
import java.util.List;

/**
 * Relays in-dialog requests of record-routed proxied dialogs statelessly (§9.1): the server's own
 * Route entry is removed, its Via (with a stateless branch) added on top, and the request goes to
 * the other side without any application seeing it. A relayed BYE still produces two
 * {@code cdr:stop} records, one for the BYE received and one for the BYE relayed (§6.3). The
 * simulated other side answers everything but an ACK with 200.
 */
public final class Relay {

    private final ServerContext context;
    private final Cdrs cdrs;
    private final FarEndMessages farEnd;

    /**
     * Creates the relay.
     *
     * @param context the server state
     * @param cdrs    the CDR emitter
     * @param farEnd  the far end message factory
     */
    public Relay(ServerContext context, Cdrs cdrs, FarEndMessages farEnd) {
        this.context = context;
        this.cdrs = cdrs;
        this.farEnd = farEnd;
    }

    /**
     * Relays a request when it belongs to a proxied dialog.
     *
     * @param transaction the request from the network
     * @return {@code true} when it was relayed
     */
    public boolean relayIfProxied(IncomingTransaction transaction) {
        return relay(transaction) != null;
    }

    /**
     * Relays a request when it belongs to a proxied dialog.
     *
     * @param transaction the request from the network
     * @return the request as relayed, or {@code null} when it belongs to no proxied dialog
     */
    public SipRequest relay(IncomingTransaction transaction) {
        SipRequest request = transaction.request();
        String fromTag = request.from() == null ? null : request.from().tag();
        String toTag = request.to() == null ? null : request.to().tag();
        ProxiedDialog dialog = context.dialogs().proxied(request.callId(), fromTag, toTag);
        if (dialog == null) {
            return null;
        }
        SipEndpoint destination = dialog.destinationFor(fromTag);
        SipRequest received = SipBytes.request(transaction.deliveredBytes());
        removeOwnRoute(received);
        byte[] receivedBytes = received.toBytes();
        SipRequest relayed = SipBytes.request(receivedBytes);
        List<String> vias = relayed.headerValues("Via");
        relayed.headers().set("Via", ServerVia.of(context.local(destination.protocol()),
                context.tokens().statelessBranch()));
        for (String via : vias) {
            relayed.headers().add("Via", via);
        }
        byte[] relayedBytes = relayed.toBytes();
        OutgoingTransaction out = new OutgoingTransaction(context.tokens().uuid(), SipBytes.request(relayedBytes),
                relayedBytes, OutgoingTransaction.Origin.SERVER, null, destination, null);
        context.transactions().add(out);
        context.networkRequests().add(out);
        transaction.handledAs(RequestHandling.RELAYED, null);
        String method = transaction.method();
        if ("BYE".equals(method)) {
            cdrs.stop(Source.NETWORK, Cdrs.NORMAL_RELEASE, receivedBytes);
            cdrs.stop(Source.APPLICATION, Cdrs.NORMAL_RELEASE, relayedBytes);
            context.dialogs().removeProxied(dialog);
        }
        if (!"ACK".equals(method)) {
            transaction.responses().add(farEnd.response(request, destination, toTag, ResponseParts.of(200), 0));
        }
        return out.request();
    }

    private void removeOwnRoute(SipRequest request) {
        List<NameAddress> routes = request.routes();
        if (routes.isEmpty() || !(routes.get(0).uri() instanceof SipUri uri)) {
            return;
        }
        int port = uri.port() > 0 ? uri.port() : 5060;
        if (!uri.host().equals(context.settings().sipHost()) || port != context.settings().sipPort()) {
            return;
        }
        List<String> remaining = request.headerValues("Route");
        request.headers().remove("Route");
        for (String route : remaining.subList(1, remaining.size())) {
            request.headers().add("Route", route);
        }
    }
}
