package io.drachtio.client;

import io.drachtio.wire.HostPort;
import java.util.List;

/**
 * What a drachtio server said about itself in its {@code authenticate} reply.
 *
 * @param hostports      the SIP transports it listens on (external addresses where configured), in
 *                       no defined order
 * @param version        its version string (e.g. {@code v0.9.10-1-g9c2dd4cb6a}), or {@code null} for
 *                       servers older than v0.8.2
 * @param localHostports the same transports with the local bound addresses; empty for servers
 *                       older than v0.8.27
 */
public record ServerInfo(List<HostPort> hostports, String version, List<HostPort> localHostports) {

    /** Copies the lists. */
    public ServerInfo {
        hostports = List.copyOf(hostports);
        localHostports = localHostports == null ? List.of() : List.copyOf(localHostports);
    }

    /**
     * @param protocol {@code udp}, {@code tcp}, {@code tls}, {@code ws} or {@code wss}
     * @return the first host-port of that transport, or {@code null} when the server has none
     */
    public HostPort hostport(String protocol) {
        for (HostPort hp : hostports) {
            if (hp.protocol().equalsIgnoreCase(protocol)) {
                return hp;
            }
        }
        return null;
    }

    /**
     * @param major minimum major version
     * @param minor minimum minor version
     * @param patch minimum patch version
     * @return {@code true} when the version parses as {@code v<major>.<minor>.<patch>…} and is at
     *         least the given one; {@code false} for unparseable or missing versions
     */
    public boolean versionAtLeast(int major, int minor, int patch) {
        return ServerVersion.parse(version).atLeast(major, minor, patch);
    }
}
