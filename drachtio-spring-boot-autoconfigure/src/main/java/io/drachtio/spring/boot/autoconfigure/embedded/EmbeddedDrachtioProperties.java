package io.drachtio.spring.boot.autoconfigure.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Properties of the embedded drachtio-compatible server ({@code drachtio.embedded.*}).
 */
@ConfigurationProperties(prefix = "drachtio.embedded")
public class EmbeddedDrachtioProperties {

    /**
     * Start an in-JVM drachtio-compatible server (SIP over UDP and TCP) and connect the application to it
     * instead of drachtio-server. Needs drachtio-embedded-server on the classpath. For development and tests
     * only.
     */
    private boolean enabled;

    /** SIP settings of the embedded server. */
    private final Sip sip = new Sip();

    /** @return whether the embedded server is enabled */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the embedded server is enabled */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the SIP settings */
    public Sip getSip() {
        return sip;
    }

    /** SIP side of the embedded server. */
    public static class Sip {

        /** Address the embedded server's SIP sockets listen on; also the host of its Via, Contact and Record-Route. */
        private String host = "127.0.0.1";

        /** SIP port of the embedded server, for UDP and TCP alike (0 = a free port). */
        private int port = 5060;

        /** SIP UDP port when it differs from drachtio.embedded.sip.port (0 = a free port). */
        private Integer udpPort;

        /** SIP TCP port when it differs from drachtio.embedded.sip.port (0 = a free port). */
        private Integer tcpPort;

        /** @return the SIP address */
        public String getHost() {
            return host;
        }

        /** @param host the SIP address */
        public void setHost(String host) {
            this.host = host;
        }

        /** @return the SIP port of both transports */
        public int getPort() {
            return port;
        }

        /** @param port the SIP port of both transports */
        public void setPort(int port) {
            this.port = port;
        }

        /** @return the UDP port override, or {@code null} */
        public Integer getUdpPort() {
            return udpPort;
        }

        /** @param udpPort the UDP port override */
        public void setUdpPort(Integer udpPort) {
            this.udpPort = udpPort;
        }

        /** @return the TCP port override, or {@code null} */
        public Integer getTcpPort() {
            return tcpPort;
        }

        /** @param tcpPort the TCP port override */
        public void setTcpPort(Integer tcpPort) {
            this.tcpPort = tcpPort;
        }
    }
}
