package io.drachtio.embedded.sip.proxy;

import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.ua.UacCore;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts proxy operations and finds them again for an upstream CANCEL. Runs on the scheduler thread.
 */
public final class ProxyCore {

    private final OutboundRequests outbound;
    private final UacCore uac;
    private final LocalEndpoint local;
    private final IdGenerator ids;
    private final SipScheduler scheduler;
    private final Map<String, ProxyOperation> operations = new HashMap<>();

    /**
     * Creates the proxy core.
     *
     * @param outbound  sends the forwarded requests
     * @param uac       cancels branches
     * @param local     the stack's own address (Route removal, Record-Route)
     * @param ids       generates proxy branches and tags
     * @param scheduler runs provisional timeouts
     */
    public ProxyCore(OutboundRequests outbound, UacCore uac, LocalEndpoint local, IdGenerator ids,
                     SipScheduler scheduler) {
        this.outbound = outbound;
        this.uac = uac;
        this.local = local;
        this.ids = ids;
        this.scheduler = scheduler;
    }

    /**
     * Proxies a received request that the TU has not answered.
     *
     * @param upstream the request's server transaction
     * @param options  destinations and behaviour
     * @param listener receives final responses and the end of the operation
     * @return the running operation
     * @throws ProxyException when the request was already answered or proxied, or arrived with
     *                        Max-Forwards 0 (then it was answered 483)
     */
    public ProxyOperation proxy(ServerTransaction upstream, ProxyOptions options, ProxyListener listener) {
        SipResponse last = upstream.lastResponse();
        if (upstream.isTerminated() || operations.containsKey(upstream.id())
                || last != null && last.status() > 100) {
            throw new ProxyException("Unknown transaction id: " + upstream.id());
        }
        Integer maxForwards = upstream.request().maxForwards();
        if (maxForwards != null && maxForwards <= 0) {
            SipResponse tooManyHops = SipResponse.forRequest(upstream.request(), 483);
            tooManyHops.headers().set(HeaderNames.TO, tooManyHops.header(HeaderNames.TO) + ";tag=" + ids.tag());
            upstream.sendResponse(tooManyHops);
            throw new ProxyException("Rejected with 483 Too Many Hops due to Max-Forwards value of 0");
        }
        String id = upstream.id();
        ProxyOperation operation = new ProxyOperation(upstream, options, listener,
                new ProxyOperation.Collaborators(outbound, uac, local, ids, scheduler, () -> operations.remove(id)));
        operations.put(id, operation);
        operation.start();
        return operation;
    }

    /**
     * Cancels the operation proxying an INVITE, for a CANCEL from upstream.
     *
     * @param upstream the INVITE's server transaction
     * @return false when the INVITE is not being proxied
     */
    public boolean cancel(ServerTransaction upstream) {
        ProxyOperation operation = operations.get(upstream.id());
        if (operation == null) {
            return false;
        }
        operation.cancel();
        return true;
    }

    /**
     * Tells whether a request is being proxied.
     *
     * @param upstream the request's server transaction
     * @return true while its operation runs
     */
    public boolean isProxying(ServerTransaction upstream) {
        return operations.containsKey(upstream.id());
    }
}
