package io.drachtio.embedded.sip.transport;

/**
 * Where the transport listens and how large a message may be.
 *
 * @param host           the local address to bind and advertise (an IP literal or {@code localhost});
 *                       default {@code 127.0.0.1}
 * @param udpPort        the UDP port, 0 for a free one; default 5060
 * @param tcpPort        the TCP port, 0 for a free one (the UDP port is tried first, so both usually
 *                       share a number); default 5060
 * @param maxMessageSize the largest message accepted, in bytes; default 65535
 */
public record TransportSettings(String host, int udpPort, int tcpPort, int maxMessageSize) {

    /** 127.0.0.1:5060 over UDP and TCP, messages up to 64 KiB. */
    public static final TransportSettings DEFAULT = new TransportSettings("127.0.0.1", 5060, 5060, 65_535);

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException for a missing host, a port outside 0–65535 or a size below 1 KiB
     */
    public TransportSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (udpPort < 0 || udpPort > 65_535 || tcpPort < 0 || tcpPort > 65_535) {
            throw new IllegalArgumentException("ports must be within 0-65535: udp=" + udpPort + " tcp=" + tcpPort);
        }
        if (maxMessageSize < 1024) {
            throw new IllegalArgumentException("maxMessageSize must be at least 1024 bytes: " + maxMessageSize);
        }
    }

    /**
     * Returns settings that listen on free ports of 127.0.0.1 (for tests).
     *
     * @return settings with both ports 0
     */
    public static TransportSettings loopbackFreePorts() {
        return new TransportSettings("127.0.0.1", 0, 0, DEFAULT.maxMessageSize());
    }
}
