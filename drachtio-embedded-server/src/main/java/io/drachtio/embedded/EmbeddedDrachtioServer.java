package io.drachtio.embedded;

import io.drachtio.embedded.control.ControlSide;
import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transport.TransportSettings;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.ControlPlane;
import io.drachtio.testserver.engine.ServerSettings;
import io.drachtio.testserver.net.AdminListener;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-JVM, drachtio-compatible server for development and tests: it speaks the drachtio control
 * protocol to applications on its admin port (the same replies, dialog ids, NOK texts, {@code sip}
 * events and CDRs as drachtio-server) and real SIP over UDP and TCP to real peers (softphones, sipp).
 * Production uses drachtio-server.
 *
 * <pre>{@code
 * try (EmbeddedDrachtioServer server = EmbeddedDrachtioServer.builder().sipPort(0).start()) {
 *     // connect the application to server.adminAddress() with server.secret()
 *     // send SIP to server.sipUdpAddress() / server.sipTcpAddress()
 * }
 * }</pre>
 *
 * <p>The SIP sockets, the admin port and all protocol state share one Netty event loop.
 */
public final class EmbeddedDrachtioServer implements AutoCloseable {

    /** The version string the {@code authenticate} reply reports. */
    public static final String VERSION = "v0.9.10-embedded";

    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(5);

    private final SipStack stack;
    private final AdminListener admin;
    private final ControlSide control;
    private final InetSocketAddress adminAddress;
    private final String secret;

    private EmbeddedDrachtioServer(SipStack stack, AdminListener admin, ControlSide control,
            InetSocketAddress adminAddress, String secret) {
        this.stack = stack;
        this.admin = admin;
        this.control = control;
        this.adminAddress = adminAddress;
        this.secret = secret;
    }

    /**
     * Returns a builder with the defaults: SIP on 127.0.0.1:5060 (UDP and TCP), the admin port on a free
     * port of 127.0.0.1, a generated secret.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns where applications connect.
     *
     * @return the bound admin address
     */
    public InetSocketAddress adminAddress() {
        return adminAddress;
    }

    /**
     * Returns the shared secret applications authenticate with (given or generated).
     *
     * @return the secret
     */
    public String secret() {
        return secret;
    }

    /**
     * Returns the bound SIP UDP address.
     *
     * @return the address
     */
    public InetSocketAddress sipUdpAddress() {
        return stack.udpAddress();
    }

    /**
     * Returns the bound SIP TCP address.
     *
     * @return the address
     */
    public InetSocketAddress sipTcpAddress() {
        return stack.tcpAddress();
    }

    /**
     * Returns the number of application connections open now.
     *
     * @return the count
     */
    public int openConnections() {
        return control.connections().open().size();
    }

    /**
     * Stops listening, closes the application connections and the SIP sockets. Calls in progress are
     * dropped.
     */
    @Override
    public void close() {
        admin.unbind();
        for (ControlConnection connection : control.connections().open()) {
            connection.close();
        }
        stack.close();
    }

    @Override
    public String toString() {
        return "EmbeddedDrachtioServer[admin=" + adminAddress + ", sip udp=" + sipUdpAddress() + ", tcp="
                + sipTcpAddress() + "]";
    }

    /** Settings of an {@link EmbeddedDrachtioServer}; {@link #start()} starts it. */
    public static final class Builder {
        private String sipHost = "127.0.0.1";
        private int sipUdpPort = 5060;
        private int sipTcpPort = 5060;
        private String adminHost = "127.0.0.1";
        private int adminPort;
        private String secret;
        private int maxFrameLength = 1 << 20;
        private TimerSettings timers = TimerSettings.DEFAULT;

        private Builder() {
        }

        /**
         * Sets the SIP address (default {@code 127.0.0.1}); also the host in Via, Contact and
         * Record-Route.
         *
         * @param host an IP address or {@code localhost}
         * @return this builder
         */
        public Builder sipHost(String host) {
            this.sipHost = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Sets the SIP port of both UDP and TCP (default 5060; 0 = a free port, the same for both when
         * possible).
         *
         * @param port the port
         * @return this builder
         */
        public Builder sipPort(int port) {
            this.sipUdpPort = port;
            this.sipTcpPort = port;
            return this;
        }

        /**
         * Sets the SIP UDP port alone.
         *
         * @param port the port, 0 = free
         * @return this builder
         */
        public Builder sipUdpPort(int port) {
            this.sipUdpPort = port;
            return this;
        }

        /**
         * Sets the SIP TCP port alone.
         *
         * @param port the port, 0 = free
         * @return this builder
         */
        public Builder sipTcpPort(int port) {
            this.sipTcpPort = port;
            return this;
        }

        /**
         * Sets the admin (control) address (default {@code 127.0.0.1}).
         *
         * @param host the address to listen on
         * @return this builder
         */
        public Builder adminHost(String host) {
            this.adminHost = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Sets the admin port (default 0 = a free port).
         *
         * @param port the port
         * @return this builder
         */
        public Builder adminPort(int port) {
            this.adminPort = port;
            return this;
        }

        /**
         * Sets the shared secret (default: 32 random hexadecimal digits).
         *
         * @param value the secret, or {@code null} to generate one
         * @return this builder
         */
        public Builder secret(String value) {
            this.secret = value;
            return this;
        }

        /**
         * Sets the largest control frame accepted from an application (default 1 MiB).
         *
         * @param bytes the limit
         * @return this builder
         */
        public Builder maxFrameLength(int bytes) {
            this.maxFrameLength = bytes;
            return this;
        }

        /**
         * Sets the SIP timers (default T1 500 ms, T2 4 s, T4 5 s).
         *
         * @param value the timers
         * @return this builder
         */
        public Builder timers(TimerSettings value) {
            this.timers = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Binds the SIP sockets and the admin port and starts the server. Blocks until bound.
         *
         * @return the running server
         * @throws IllegalStateException when the admin port cannot be bound
         * @throws io.drachtio.embedded.sip.transport.TransportException when a SIP port cannot be bound
         */
        public EmbeddedDrachtioServer start() {
            String effectiveSecret = secret != null ? secret : generatedSecret();
            AtomicReference<ControlSide> control = new AtomicReference<>();
            SipStack stack = SipStack.start(new SipStackSettings(
                    new TransportSettings(sipHost, sipUdpPort, sipTcpPort, 65_535), timers), core -> {
                        ServerSettings settings = new ServerSettings(effectiveSecret, VERSION, sipHost,
                                core.localEndpoint().udpPort(), List.of("tcp", "udp"), false, BIND_TIMEOUT, false,
                                maxFrameLength);
                        control.set(new ControlSide(new ControlPlane(settings, Clock.systemUTC()), core));
                        return control.get().transactionUser();
                    });
            AdminListener admin = new AdminListener(stack.eventLoopGroup(), control.get(), null, maxFrameLength,
                    BIND_TIMEOUT);
            try {
                InetSocketAddress bound = admin.bind(new InetSocketAddress(adminHost, adminPort));
                return new EmbeddedDrachtioServer(stack, admin, control.get(), bound, effectiveSecret);
            } catch (RuntimeException bindFailure) {
                stack.close();
                throw bindFailure;
            }
        }

        private static String generatedSecret() {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            return HexFormat.of().formatHex(random);
        }
    }
}
