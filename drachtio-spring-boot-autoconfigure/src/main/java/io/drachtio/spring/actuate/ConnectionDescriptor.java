package io.drachtio.spring.actuate;

import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.ServerInfo;
import io.drachtio.wire.HostPort;
import java.util.ArrayList;
import java.util.List;

/**
 * What operators see of one connection to a drachtio server, in health details and in the
 * {@code drachtio} endpoint. Never contains the shared secret.
 *
 * @param name              the connection's name
 * @param mode              {@code inbound} (the application connected) or {@code outbound} (the server did)
 * @param address           {@code host:port} of the server's admin port (inbound) or of the peer (outbound)
 * @param state             the connection state ({@code READY}, {@code RECONNECTING}, …)
 * @param serverVersion     the server's version, or {@code null} before it authenticated or when it did not say
 * @param sipAddresses      the server's SIP transports ({@code proto/host:port}), empty before it authenticated
 * @param lastError         why the connection last failed, or {@code null}
 * @param reconnectAttempts reconnect attempts since the last successful connection
 */
public record ConnectionDescriptor(String name, String mode, String address, String state, String serverVersion,
        List<String> sipAddresses, String lastError, int reconnectAttempts) {

    /** Copies the list. */
    public ConnectionDescriptor {
        sipAddresses = List.copyOf(sipAddresses);
    }

    /**
     * @param connection a connection
     * @return its description now
     */
    public static ConnectionDescriptor of(DrachtioConnection connection) {
        ServerInfo server = connection.serverInfo();
        List<String> sipAddresses = new ArrayList<>();
        if (server != null) {
            for (HostPort hostport : server.hostports()) {
                sipAddresses.add(hostport.toString());
            }
        }
        return new ConnectionDescriptor(connection.name(), connection.isOutbound() ? "outbound" : "inbound",
                connection.remoteAddress(), connection.state().name(), server == null ? null : server.version(),
                sipAddresses, connection.lastError(), connection.reconnectAttempts());
    }
}
