package io.drachtio.client.internal;

import io.drachtio.client.OutgoingRequest;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipRequestBuilder;
import java.util.List;

/**
 * Turns a method, Request-URI, header list and body into the bytes of the SIP part of a
 * {@code sip} or {@code proxy} command, through the SIP builder: headers in the given order,
 * {@code Content-Length} (the real body length) last. Values that would break the message (line
 * breaks, an empty or malformed header name) are refused with {@link IllegalArgumentException}.
 */
final class SipRequestWriter {

    private SipRequestWriter() {
    }

    /**
     * @param method     the method
     * @param requestUri the Request-URI
     * @param headers    the headers; a {@code Content-Length} among them is ignored
     * @param body       the body, or {@code null} for none
     * @return the SIP text as UTF-8 bytes
     */
    static byte[] write(String method, String requestUri, List<OutgoingRequest.Header> headers, byte[] body) {
        requireToken("method", method);
        requireSingleToken("Request-URI", requestUri);
        SipRequestBuilder builder = SipRequest.builder(method, requestUri);
        for (OutgoingRequest.Header header : headers) {
            requireToken("header name", header.name());
            requireOneLine(header.name(), header.value());
            if (!HeaderNames.CONTENT_LENGTH.equals(HeaderNames.canonical(header.name()))) {
                builder.header(header.name(), header.value());
            }
        }
        if (body != null && body.length > 0) {
            builder.body(body);
        }
        return builder.toBytes();
    }

    private static void requireToken(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == ':' || c == '"' || c == ',' || c == ';') {
                throw new IllegalArgumentException("the " + what + " '" + value + "' has an invalid character at "
                        + i);
            }
        }
    }

    private static void requireSingleToken(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("the " + what + " '" + value + "' contains whitespace at " + i);
            }
        }
    }

    private static void requireOneLine(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("the value of header " + name + " contains a line break at " + i);
            }
        }
    }
}
