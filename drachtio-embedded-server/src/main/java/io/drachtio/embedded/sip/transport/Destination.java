package io.drachtio.embedded.sip.transport;

import java.net.InetSocketAddress;

/**
 * Where a message goes: a transport and a resolved socket address.
 *
 * @param transport the transport to use
 * @param address   the resolved remote address
 */
public record Destination(Transport transport, InetSocketAddress address) {

    @Override
    public String toString() {
        return transport.lowerCaseName() + "/" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
