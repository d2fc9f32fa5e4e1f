package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.SipEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The fixed configuration of one test server.
 *
 * @param secret                the shared secret {@code authenticate} must present
 * @param version               the version string of the {@code authenticate} reply
 * @param sipHost               the SIP address the server pretends to listen on
 * @param sipPort               the SIP port it pretends to listen on
 * @param sipTransports         its SIP transports in the order listed in the {@code authenticate}
 *                              reply, e.g. {@code [tcp, udp]}
 * @param requireAuthentication whether commands before a successful {@code authenticate} are
 *                              refused (the real server does not enforce it)
 * @param awaitTimeout          the default time limit of every wait of the test API
 * @param farEndAnswersCancel   whether a simulated far end answers a CANCEL itself (200, then 487
 *                              to the INVITE) instead of leaving it to the test
 * @param maxFrameLength        the largest frame accepted from an application
 */
public record ServerSettings(String secret, String version, String sipHost, int sipPort, List<String> sipTransports,
        boolean requireAuthentication, Duration awaitTimeout, boolean farEndAnswersCancel, int maxFrameLength) {

    /**
     * Checks the values and copies the transport list.
     *
     * @param secret the shared secret
     * @param version the version string
     * @param sipHost the SIP address
     * @param sipPort the SIP port
     * @param sipTransports the SIP transports
     * @param requireAuthentication whether authentication is enforced
     * @param awaitTimeout the await timeout
     * @param farEndAnswersCancel whether far ends answer CANCELs
     * @param maxFrameLength the largest accepted frame
     */
    public ServerSettings {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sipHost, "sipHost");
        sipTransports = List.copyOf(sipTransports);
        if (sipTransports.isEmpty()) {
            throw new IllegalArgumentException("at least one SIP transport is needed");
        }
        Objects.requireNonNull(awaitTimeout, "awaitTimeout");
    }

    /**
     * Returns the server's own SIP address for a transport.
     *
     * @param protocol {@code udp}, {@code tcp} or {@code tls}
     * @return the endpoint
     */
    public SipEndpoint sipEndpoint(String protocol) {
        return new SipEndpoint(protocol, sipHost, sipPort);
    }

    @Override
    public String toString() {
        return "ServerSettings[secret=****, version=" + version + ", sip=" + sipHost + ":" + sipPort
                + ", transports=" + sipTransports + ", requireAuthentication=" + requireAuthentication + "]";
    }
}
