package io.drachtio.testserver;

import io.drachtio.testserver.stack.HeaderLine;
import io.drachtio.testserver.stack.ResponseParts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A response a simulated party on the network sends: status, optional reason, extra headers,
 * body, reliability. Immutable; every method returns a new spec.
 *
 * <pre>{@code
 * invite.respond(ResponseSpec.status(200).sdp(answerSdp).header("X-Carrier", "test"));
 * }</pre>
 */
public final class ResponseSpec {

    private final int status;
    private final String reason;
    private final List<HeaderLine> headers;
    private final String contentType;
    private final byte[] body;
    private final boolean reliable;

    private ResponseSpec(int status, String reason, List<HeaderLine> headers, String contentType, byte[] body,
            boolean reliable) {
        this.status = status;
        this.reason = reason;
        this.headers = List.copyOf(headers);
        this.contentType = contentType;
        this.body = body;
        this.reliable = reliable;
    }

    /**
     * Starts a spec.
     *
     * @param status the status code, 100–699
     * @return a spec with the standard reason phrase, no extra headers and no body
     */
    public static ResponseSpec status(int status) {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("status must be 100..699, was " + status);
        }
        return new ResponseSpec(status, null, List.of(), null, new byte[0], false);
    }

    /**
     * Sets the reason phrase.
     *
     * @param phrase the phrase
     * @return the new spec
     */
    public ResponseSpec reason(String phrase) {
        return new ResponseSpec(status, Objects.requireNonNull(phrase, "phrase"), headers, contentType, body, reliable);
    }

    /**
     * Adds a header line.
     *
     * @param name  the header name
     * @param value its value
     * @return the new spec
     */
    public ResponseSpec header(String name, String value) {
        List<HeaderLine> more = new ArrayList<>(headers);
        more.add(new HeaderLine(name, value));
        return new ResponseSpec(status, reason, more, contentType, body, reliable);
    }

    /**
     * Sets the body.
     *
     * @param type the Content-Type
     * @param text the body text (UTF-8)
     * @return the new spec
     */
    public ResponseSpec body(String type, String text) {
        return new ResponseSpec(status, reason, headers, Objects.requireNonNull(type, "type"),
                text.getBytes(StandardCharsets.UTF_8), reliable);
    }

    /**
     * Sets an SDP body ({@code application/sdp}).
     *
     * @param sdp the SDP
     * @return the new spec
     */
    public ResponseSpec sdp(String sdp) {
        return body("application/sdp", sdp);
    }

    /**
     * Makes a provisional response reliable: {@code Require: 100rel} and an {@code RSeq}.
     *
     * @return the new spec
     */
    public ResponseSpec reliable() {
        return new ResponseSpec(status, reason, headers, contentType, body, true);
    }

    /**
     * Returns the status code.
     *
     * @return the status
     */
    public int statusCode() {
        return status;
    }

    ResponseParts parts() {
        return new ResponseParts(status, reason, headers, contentType, body, reliable);
    }

    @Override
    public String toString() {
        return status + (reason == null ? "" : " " + reason) + (reliable ? " (reliable)" : "")
                + (headers.isEmpty() ? "" : " " + headers) + (body.length == 0 ? "" : " +" + body.length + " bytes");
    }
}
