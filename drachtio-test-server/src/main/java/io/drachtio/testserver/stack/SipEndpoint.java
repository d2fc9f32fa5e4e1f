package io.drachtio.testserver.stack;

import java.util.Locale;
import java.util.Objects;

/**
 * A SIP transport address: protocol ({@code udp}, {@code tcp} or {@code tls}), host and port.
 * Used for the server's own SIP address and for the simulated parties on the network.
 *
 * @param protocol lower-case transport name as in the meta fields
 * @param host     IP address or host name, without brackets
 * @param port     port number
 */
public record SipEndpoint(String protocol, String host, int port) {

    /**
     * Normalises the protocol to lower case and checks the port.
     *
     * @param protocol the transport
     * @param host the host
     * @param port the port
     */
    public SipEndpoint {
        protocol = Objects.requireNonNull(protocol, "protocol").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, was " + port);
        }
    }

    /**
     * Returns the same host and port with another transport.
     *
     * @param otherProtocol the transport
     * @return the endpoint
     */
    public SipEndpoint withProtocol(String otherProtocol) {
        return new SipEndpoint(otherProtocol, host, port);
    }

    /**
     * Tells whether the transport is UDP.
     *
     * @return {@code true} for {@code udp}
     */
    public boolean isUdp() {
        return "udp".equals(protocol);
    }

    /**
     * Returns {@code host:port} (IPv6 hosts in brackets).
     *
     * @return the host-port text
     */
    public String hostPort() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * Returns the URI the server writes for this address in Contact and From headers: the
     * transport parameter is left out for UDP (§8.2).
     *
     * @return e.g. {@code sip:127.0.0.1:5060} or {@code sip:127.0.0.1:5060;transport=tcp}
     */
    public String uri() {
        return "sip:" + hostPort() + (isUdp() ? "" : ";transport=" + protocol);
    }

    /**
     * Returns the transport as written in a Via header.
     *
     * @return e.g. {@code SIP/2.0/UDP}
     */
    public String viaProtocol() {
        return "SIP/2.0/" + protocol.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return protocol + "/" + hostPort();
    }
}
