package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Turns the addresses found in messages into {@link Destination}s: the next hop of a request (RFC 3261
 * §8.1.2: the top Route, else the Request-URI) and the return address of a response (§18.2.2:
 * {@code received}/{@code rport} of the top Via, else its sent-by). IP literals and {@code localhost}
 * resolve at once; other names go to the JDK resolver on the executor given, never on the event loop.
 * Only {@code sip:} URIs over UDP and TCP are supported (RFC 3263 SRV/NAPTR lookups are not done: the
 * port defaults to 5060, the transport to UDP).
 */
public final class TargetResolver {

    private static final int DEFAULT_PORT = 5060;

    private final Executor blockingExecutor;

    /**
     * Creates a resolver.
     *
     * @param blockingExecutor runs the JDK's blocking name lookups
     */
    public TargetResolver(Executor blockingExecutor) {
        this.blockingExecutor = blockingExecutor;
    }

    /**
     * Returns the URI a request is sent to: its top Route when it has one, else its Request-URI.
     *
     * @param request the request
     * @return the next-hop URI
     */
    public static Uri nextHop(SipRequest request) {
        List<NameAddress> routes = request.routes();
        return routes.isEmpty() ? request.uri() : routes.get(0).uri();
    }

    /**
     * Resolves a SIP URI: host from {@code maddr} or the host part, port (default 5060), transport from
     * {@code transport=} (default UDP).
     *
     * @param target the URI
     * @return the destination, or a future failed with {@link TransportException} when the URI is not a
     *         {@code sip:} URI, names a transport the stack does not speak or the host does not resolve
     */
    public CompletableFuture<Destination> resolve(Uri target) {
        if (!(target instanceof SipUri sip) || sip.secure()) {
            return CompletableFuture.failedFuture(
                    new TransportException("Cannot send to " + target + ": only sip: URIs are supported", null));
        }
        Transport transport = Transport.fromName(sip.transport());
        if (transport == null) {
            return CompletableFuture.failedFuture(new TransportException(
                    "Cannot send to " + target + ": transport " + sip.transport() + " is not supported", null));
        }
        String maddr = sip.parameter("maddr");
        String host = maddr != null ? maddr : sip.host();
        int port = sip.port() > 0 ? sip.port() : DEFAULT_PORT;
        return resolveHost(host).thenApply(address -> new Destination(transport, new InetSocketAddress(address, port)));
    }

    /**
     * Resolves where a response goes per RFC 3261 §18.2.2 and RFC 3581: to {@code received} (else the
     * sent-by host) at {@code rport} (else the sent-by port, else 5060), over the Via's transport.
     *
     * @param via the top Via of the response
     * @return the destination, or a failed future as for {@link #resolve(Uri)}
     */
    public CompletableFuture<Destination> responseDestination(Via via) {
        Transport transport = Transport.fromName(via.transport());
        if (transport == null) {
            return CompletableFuture.failedFuture(new TransportException(
                    "Cannot send a response over " + via.transport() + ": not supported", null));
        }
        String host = via.received() != null ? via.received() : via.host();
        Integer rport = via.rport();
        int port = rport != null ? rport : via.port() > 0 ? via.port() : DEFAULT_PORT;
        return resolveHost(host).thenApply(address -> new Destination(transport, new InetSocketAddress(address, port)));
    }

    /**
     * Resolves a host: IP literals (IPv6 with or without brackets) and {@code localhost} at once, other
     * names with the JDK resolver on the blocking executor.
     *
     * @param host the host text
     * @return the address, or a future failed with {@link TransportException}
     */
    public CompletableFuture<InetAddress> resolveHost(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(bare);
        if (literal != null) {
            return CompletableFuture.completedFuture(literal);
        }
        if (bare.equalsIgnoreCase("localhost")) {
            return CompletableFuture.completedFuture(InetAddress.getLoopbackAddress());
        }
        CompletableFuture<InetAddress> result = new CompletableFuture<>();
        try {
            blockingExecutor.execute(() -> {
                try {
                    result.complete(InetAddress.getByName(bare));
                } catch (UnknownHostException | SecurityException e) {
                    result.completeExceptionally(new TransportException("Cannot resolve host " + bare, e));
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(new TransportException("Cannot resolve host " + bare, rejected));
        }
        return result;
    }
}
