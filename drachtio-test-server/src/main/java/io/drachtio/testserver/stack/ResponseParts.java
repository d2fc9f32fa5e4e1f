package io.drachtio.testserver.stack;

import java.util.List;
import java.util.Objects;

/**
 * What a simulated far end puts into a response it builds.
 *
 * @param status      the status code
 * @param reason      the reason phrase, or {@code null} for the standard one
 * @param headers     extra header lines, written after the standard ones
 * @param contentType the body's Content-Type, or {@code null} without body
 * @param body        the body, empty for none
 * @param reliable    whether a provisional response is sent reliably ({@code Require: 100rel} and
 *                    {@code RSeq})
 */
public record ResponseParts(int status, String reason, List<HeaderLine> headers, String contentType, byte[] body,
        boolean reliable) {

    /**
     * Checks the status and copies the header list.
     *
     * @param status the status code
     * @param reason the reason phrase, or {@code null}
     * @param headers extra header lines
     * @param contentType the body's Content-Type, or {@code null}
     * @param body the body
     * @param reliable whether a provisional response is reliable
     */
    public ResponseParts {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("status must be 100..699, was " + status);
        }
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        if (body.length > 0 && contentType == null) {
            throw new IllegalArgumentException("a body needs a content type");
        }
    }

    /**
     * Returns parts with only a status.
     *
     * @param status the status code
     * @return the parts
     */
    public static ResponseParts of(int status) {
        return new ResponseParts(status, null, List.of(), null, new byte[0], false);
    }
}
