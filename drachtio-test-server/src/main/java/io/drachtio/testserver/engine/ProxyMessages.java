package io.drachtio.testserver.engine;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.stack.Destinations;
import io.drachtio.testserver.stack.HeaderLine;
import io.drachtio.testserver.stack.KnownHeader;
import io.drachtio.testserver.stack.MessageLayout;
import io.drachtio.testserver.stack.ServerVia;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The messages of a proxy operation as the server's stack writes them (§9.1): the request
 * forwarded to each target, the target's response forwarded to the caller, and the choice of the
 * best response when no target answered 2xx.
 */
final class ProxyMessages {

    private static final Set<String> NOT_COPIED = Set.of("via", "max-forwards", "content-length");

    private final ServerContext context;

    ProxyMessages(ServerContext context) {
        this.context = context;
    }

    /**
     * Builds the request forwarded to one target: the server's Via (branch with a UUID) on top of
     * the received ones, Record-Route for {@code remainInDialog}, Max-Forwards decremented, the
     * server's own Route entry removed, the Request-URI rewritten to the destination only when it
     * pointed at the server, the other headers in the stack's order (§10.7), the headers of the
     * {@code proxy} command added with the client rules.
     *
     * @param run         the proxy operation
     * @param destination the destination as named in the command
     * @param target      where it leads
     * @return the request bytes
     */
    byte[] forward(ProxyRun run, String destination, SipEndpoint target) {
        SipRequest request = run.upstream().request();
        boolean toServer = Destinations.pointsAt(request.requestUri(), context.settings().sipHost(),
                context.settings().sipPort());
        SipEndpoint local = context.local(target.protocol());
        MessageLayout layout = new MessageLayout(request.method() + " "
                + (toServer ? destination : request.requestUri()) + " SIP/2.0");
        layout.add(KnownHeader.VIA, ServerVia.of(local, context.tokens().proxyBranch()));
        for (String via : request.headerValues("Via")) {
            layout.add(KnownHeader.VIA, via);
        }
        if (run.command().remainInDialog()) {
            layout.add(KnownHeader.RECORD_ROUTE, "<" + local.uri() + ";lr>");
        }
        Integer maxForwards = request.maxForwards();
        layout.set(KnownHeader.MAX_FORWARDS, Integer.toString(maxForwards == null ? 70 : maxForwards - 1));
        boolean firstRoute = true;
        for (SipHeader header : request.headers()) {
            String name = HeaderNames.canonical(header.name());
            if (NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if ("Route".equalsIgnoreCase(name) && firstRoute) {
                firstRoute = false;
                if (Destinations.pointsAt(routeUri(header.value()), context.settings().sipHost(),
                        context.settings().sipPort())) {
                    continue;
                }
            }
            KnownHeader known = KnownHeader.lookup(name);
            if (known == null) {
                layout.addCustom(header.name(), header.value());
            } else {
                layout.add(known, header.value());
            }
        }
        List<HeaderLine> extra = new ArrayList<>();
        for (SipHeader header : run.headers()) {
            extra.add(new HeaderLine(header.name(), header.value()));
        }
        context.clientHeaders(local.protocol()).applyTo(extra, layout, Set.of());
        layout.body(request.body());
        return layout.toBytes();
    }

    private static String routeUri(String value) {
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        return open >= 0 && close > open ? value.substring(open + 1, close) : value;
    }

    /**
     * Returns a target's response as forwarded upstream: without the server's own (top) Via.
     *
     * @param response the response as the target sent it
     * @return the response for the caller; unchanged lines keep their bytes
     */
    static SipResponse withoutTopVia(SipResponse response) {
        SipResponse copy = SipBytes.response(response.toBytes());
        List<String> vias = copy.headerValues("Via");
        if (vias.size() <= 1) {
            return copy;
        }
        copy.headers().set("Via", vias.get(1));
        for (String via : vias.subList(2, vias.size())) {
            copy.headers().add("Via", via);
        }
        return SipBytes.response(copy.toBytes());
    }

    /**
     * Picks the response forwarded upstream when no target answered 2xx (RFC 3261 §16.7.6, as in
     * the reference §9.2): any 6xx; else 401, 407, 415, 420 or 484; else another 4xx; else a 5xx;
     * else the first response; the earliest within a class.
     *
     * @param finals the final responses in arrival order
     * @return the best one, or {@code null} for none
     */
    static SipResponse best(List<SipResponse> finals) {
        SipResponse best = null;
        int bestRank = Integer.MAX_VALUE;
        for (SipResponse response : finals) {
            int rank = rank(response.status());
            if (rank < bestRank) {
                best = response;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(int status) {
        if (status >= 600) {
            return 0;
        }
        if (status == 401 || status == 407 || status == 415 || status == 420 || status == 484) {
            return 1;
        }
        if (status >= 500) {
            return 3;
        }
        if (status >= 400) {
            return 2;
        }
        return 4;
    }

}
