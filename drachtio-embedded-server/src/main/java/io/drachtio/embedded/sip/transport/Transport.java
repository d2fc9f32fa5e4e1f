package io.drachtio.embedded.sip.transport;

/** A SIP transport protocol the stack speaks. */
public enum Transport {
    /** Datagrams; the transaction layer retransmits. */
    UDP,
    /** A byte stream, framed by Content-Length; reliable, so nothing is retransmitted. */
    TCP;

    /**
     * Tells whether the transport is reliable (RFC 3261 §17: no retransmissions, zero-length wait timers).
     *
     * @return true for TCP
     */
    public boolean reliable() {
        return this == TCP;
    }

    /**
     * Returns the name used in a Via header ({@code UDP}, {@code TCP}).
     *
     * @return the upper-case name
     */
    public String viaName() {
        return name();
    }

    /**
     * Returns the lower-case name used in drachtio meta data and {@code transport=} URI parameters.
     *
     * @return {@code udp} or {@code tcp}
     */
    public String lowerCaseName() {
        return this == UDP ? "udp" : "tcp";
    }

    /**
     * Maps a Via transport or a {@code transport=} URI parameter to a transport.
     *
     * @param name the name in any case; null means UDP (the RFC 3261 default)
     * @return the transport, or null when the stack does not speak it (TLS, SCTP, WS …)
     */
    public static Transport fromName(String name) {
        if (name == null || name.equalsIgnoreCase("udp")) {
            return UDP;
        }
        return name.equalsIgnoreCase("tcp") ? TCP : null;
    }
}
