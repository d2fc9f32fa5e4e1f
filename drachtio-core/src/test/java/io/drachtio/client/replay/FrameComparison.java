package io.drachtio.client.replay;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.DigestCredentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a frame the client sent with the one drachtio-srf sent in a recorded trace, with the
 * tolerances of the task: the message id (field 0) differs; in the SIP part the header-name case and
 * the order of different header names do not matter (RFC 3261 §7.3.1: compared as a multiset of
 * (canonical name, value) keeping the order of same-name headers); {@code Content-Length} must be the
 * real body length (drachtio-srf wrote a character count for a UTF-8 body); in digest answers the
 * random client nonce and the response computed from it differ (verified separately).
 */
final class FrameComparison {

    private static final Set<String> AUTHORIZATION = Set.of(HeaderNames.AUTHORIZATION,
            HeaderNames.PROXY_AUTHORIZATION);
    private static final Set<String> RANDOM_DIGEST_PARAMETERS = Set.of("cnonce", "response");

    private FrameComparison() {
    }

    /**
     * @param recorded the recorded payload (without length prefix)
     * @param actual   the payload the client sent
     * @return {@code null} when they are equal under the tolerances, else the first difference
     */
    static String difference(byte[] recorded, byte[] actual) {
        Payload expected = Payload.of(recorded);
        Payload got = Payload.of(actual);
        String[] expectedFields = expected.fields();
        String[] gotFields = got.fields();
        if (expectedFields.length != gotFields.length) {
            return "first line has " + gotFields.length + " fields, expected " + expectedFields.length + ": "
                    + got.firstLine + " vs " + expected.firstLine;
        }
        for (int i = 1; i < expectedFields.length; i++) {
            if (!expectedFields[i].equals(gotFields[i])) {
                return "field " + i + " is '" + gotFields[i] + "', expected '" + expectedFields[i] + "'";
            }
        }
        if (expected.sip.length == 0 || got.sip.length == 0) {
            return expected.sip.length == got.sip.length ? null
                    : "SIP part present on one side only: " + got.sip.length + " vs " + expected.sip.length + " bytes";
        }
        return sipDifference(SipMessageParser.parse(expected.sip), SipMessageParser.parse(got.sip),
                rawBody(expected.sip), rawBody(got.sip));
    }

    /**
     * The body as drachtio-server takes it: everything after the first empty line, whatever
     * Content-Length says (reference §4.1, §5.5).
     */
    private static byte[] rawBody(byte[] sip) {
        for (int i = 0; i + 3 < sip.length; i++) {
            if (sip[i] == '\r' && sip[i + 1] == '\n' && sip[i + 2] == '\r' && sip[i + 3] == '\n') {
                return Arrays.copyOfRange(sip, i + 4, sip.length);
            }
        }
        return new byte[0];
    }

    /** @return the first line of a payload */
    static String firstLine(byte[] payload) {
        return Payload.of(payload).firstLine;
    }

    private static String sipDifference(SipMessage expected, SipMessage got, byte[] expectedBody, byte[] gotBody) {
        String expectedStart = startLine(expected);
        String gotStart = startLine(got);
        if (!expectedStart.equals(gotStart)) {
            return "start line '" + gotStart + "', expected '" + expectedStart + "'";
        }
        String contentLength = got.header(HeaderNames.CONTENT_LENGTH);
        if (contentLength == null || Integer.parseInt(contentLength.trim()) != gotBody.length) {
            return "Content-Length " + contentLength + " but the body has " + gotBody.length + " bytes";
        }
        Map<String, List<String>> expectedHeaders = headers(expected);
        Map<String, List<String>> gotHeaders = headers(got);
        if (!expectedHeaders.equals(gotHeaders)) {
            return "headers " + gotHeaders + ", expected " + expectedHeaders;
        }
        if (!Arrays.equals(expectedBody, gotBody)) {
            return "body '" + new String(gotBody, StandardCharsets.UTF_8) + "', expected '"
                    + new String(expectedBody, StandardCharsets.UTF_8) + "'";
        }
        return null;
    }

    private static String startLine(SipMessage message) {
        if (message instanceof SipRequest request) {
            return request.method() + " " + request.requestUri() + " " + request.sipVersion();
        }
        SipResponse response = (SipResponse) message;
        return response.sipVersion() + " " + response.status() + " " + response.reason();
    }

    /** Canonical name → values in order; Content-Length left out; digest answers without their random parts. */
    private static Map<String, List<String>> headers(SipMessage message) {
        Map<String, List<String>> out = new TreeMap<>();
        for (SipHeader header : message.headers()) {
            String name = HeaderNames.canonical(header.name());
            if (name.equals(HeaderNames.CONTENT_LENGTH)) {
                continue;
            }
            String value = AUTHORIZATION.contains(name) ? withoutRandomParts(header.value()) : header.value();
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String withoutRandomParts(String value) {
        DigestCredentials credentials = DigestCredentials.parse(value);
        Map<String, String> kept = new LinkedHashMap<>();
        credentials.parameters().forEach((name, v) -> {
            if (!RANDOM_DIGEST_PARAMETERS.contains(name.toLowerCase())) {
                kept.put(name.toLowerCase(), v);
            }
        });
        return credentials.scheme() + " " + new TreeMap<>(kept);
    }

    /** A payload split into its first line and SIP part. */
    private record Payload(String firstLine, byte[] sip) {
        static Payload of(byte[] payload) {
            for (int i = 0; i + 1 < payload.length; i++) {
                if (payload[i] == '\r' && payload[i + 1] == '\n') {
                    return new Payload(new String(payload, 0, i, StandardCharsets.UTF_8),
                            Arrays.copyOfRange(payload, i + 2, payload.length));
                }
            }
            return new Payload(new String(payload, StandardCharsets.UTF_8), new byte[0]);
        }

        String[] fields() {
            return firstLine.split("\\|", -1);
        }
    }
}
