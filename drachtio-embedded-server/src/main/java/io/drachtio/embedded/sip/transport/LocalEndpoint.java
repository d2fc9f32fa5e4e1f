package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;

/**
 * The stack's own SIP address: the advertised host and the bound UDP and TCP ports. Renders the URIs the
 * stack puts in messages (Contact, Record-Route, From) and recognises URIs that point at the stack.
 *
 * @param host    the advertised host (IPv6 with brackets)
 * @param udpPort the bound UDP port
 * @param tcpPort the bound TCP port
 */
public record LocalEndpoint(String host, int udpPort, int tcpPort) {

    /**
     * Returns the port of a transport.
     *
     * @param transport UDP or TCP
     * @return the bound port
     */
    public int port(Transport transport) {
        return transport == Transport.UDP ? udpPort : tcpPort;
    }

    /**
     * Returns the stack's URI for a transport, as drachtio-server writes it: {@code sip:host:port}, with
     * {@code ;transport=tcp} over TCP.
     *
     * @param transport UDP or TCP
     * @return the URI text, without angle brackets
     */
    public String uri(Transport transport) {
        String base = "sip:" + host + ":" + port(transport);
        return transport == Transport.UDP ? base : base + ";transport=tcp";
    }

    /**
     * Returns the Record-Route value for a transport: {@code <sip:host:port;lr>} (plus
     * {@code transport=tcp} over TCP).
     *
     * @param transport UDP or TCP
     * @return the header value
     */
    public String recordRoute(Transport transport) {
        return "<" + uri(transport) + ";lr>";
    }

    /**
     * Tells whether a URI points at this stack: a SIP URI whose host is ours (or a loopback name for a
     * loopback host) and whose port (default 5060) is our UDP or TCP port.
     *
     * @param uri the URI
     * @return true when requests to it would reach this stack
     */
    public boolean isLocal(Uri uri) {
        if (!(uri instanceof SipUri sip)) {
            return false;
        }
        int port = sip.port() > 0 ? sip.port() : 5060;
        return (port == udpPort || port == tcpPort) && sameHost(sip.host());
    }

    private boolean sameHost(String other) {
        if (other.equalsIgnoreCase(host)) {
            return true;
        }
        return isLoopback(host) && isLoopback(other);
    }

    private static boolean isLoopback(String name) {
        return name.equalsIgnoreCase("localhost") || name.startsWith("127.") || name.equals("[::1]");
    }
}
