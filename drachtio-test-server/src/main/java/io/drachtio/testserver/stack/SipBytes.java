package io.drachtio.testserver.stack;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.Via;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads SIP messages that enter the simulated network (from the test or built by the server),
 * turning parse errors into {@link IllegalArgumentException}s that say which message was bad.
 */
public final class SipBytes {

    private SipBytes() {
    }

    /**
     * Parses a request.
     *
     * @param bytes the request
     * @return the parsed request
     * @throws IllegalArgumentException when the bytes are not a SIP request
     */
    public static SipRequest request(byte[] bytes) {
        try {
            return SipMessageParser.parseRequest(bytes);
        } catch (SipParseException e) {
            throw new IllegalArgumentException("not a SIP request (" + e.getMessage() + "): " + excerpt(bytes), e);
        }
    }

    /**
     * Parses a response.
     *
     * @param bytes the response
     * @return the parsed response
     * @throws IllegalArgumentException when the bytes are not a SIP response
     */
    public static SipResponse response(byte[] bytes) {
        try {
            return SipMessageParser.parseResponse(bytes);
        } catch (SipParseException e) {
            throw new IllegalArgumentException("not a SIP response (" + e.getMessage() + "): " + excerpt(bytes), e);
        }
    }

    /**
     * Returns where a request was sent from, read from its top Via like a real network would show
     * it: the sent-by host and port (5060 when absent) and the transport ({@code ws}/{@code wss}
     * reported as {@code tcp}, §4.4).
     *
     * @param request the request
     * @return the sender's endpoint
     * @throws IllegalArgumentException when the request has no Via
     */
    public static SipEndpoint sender(SipRequest request) {
        Via via = request.topVia();
        if (via == null) {
            throw new IllegalArgumentException("a request from the network needs a Via header: "
                    + request.method() + " " + request.requestUri());
        }
        String host = via.host();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new SipEndpoint(protocolName(via.transport()), host, via.port() > 0 ? via.port() : 5060);
    }

    /**
     * Returns the meta protocol name of a SIP transport.
     *
     * @param transport a transport token such as {@code UDP} or {@code WSS}
     * @return {@code udp}, {@code tcp} or {@code tls}
     */
    public static String protocolName(String transport) {
        String lower = transport == null ? "udp" : transport.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "ws", "wss", "sctp" -> "tcp";
            default -> lower;
        };
    }

    /**
     * Returns the first line of a message, for error messages.
     *
     * @param bytes message bytes
     * @return the first line (at most 80 characters when there is no line break)
     */
    public static String excerpt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\r');
        return end < 0 ? (text.length() > 80 ? text.substring(0, 80) : text) : text.substring(0, end);
    }
}
