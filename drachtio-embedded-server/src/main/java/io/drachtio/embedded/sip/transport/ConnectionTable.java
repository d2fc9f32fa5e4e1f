package io.drachtio.embedded.sip.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The open TCP connections by remote address, inbound and outbound alike, so that responses and new
 * requests to a peer reuse the connection it opened (RFC 3261 §18.2.2, §18.1.1). A connection being
 * opened is kept as its connect future so that concurrent sends share it.
 */
final class ConnectionTable {

    private final Map<InetSocketAddress, ChannelFuture> connections = new ConcurrentHashMap<>();

    /** Registers an open connection under its remote address. */
    void register(Channel channel) {
        if (channel.remoteAddress() instanceof InetSocketAddress remote) {
            connections.put(remote, channel.newSucceededFuture());
        }
    }

    /** Forgets a closed connection (only if it is still the one registered for its address). */
    void unregister(Channel channel) {
        if (channel.remoteAddress() instanceof InetSocketAddress remote) {
            connections.computeIfPresent(remote, (address, future) -> future.channel() == channel ? null : future);
        }
    }

    /**
     * Returns the connection to an address: the open (or opening) one, else a new one from the connector.
     *
     * @param remote    the peer
     * @param connector opens a connection when none exists
     * @return the future of the connection
     */
    ChannelFuture connection(InetSocketAddress remote, Function<InetSocketAddress, ChannelFuture> connector) {
        ChannelFuture existing = connections.get(remote);
        if (existing != null && (!existing.isDone() || existing.channel().isActive())) {
            return existing;
        }
        ChannelFuture created = connector.apply(remote);
        connections.put(remote, created);
        created.addListener(done -> {
            if (!done.isSuccess()) {
                connections.remove(remote, created);
            }
        });
        return created;
    }

    /** Closes every connection. */
    void closeAll() {
        for (ChannelFuture future : connections.values()) {
            future.channel().close();
        }
        connections.clear();
    }
}
