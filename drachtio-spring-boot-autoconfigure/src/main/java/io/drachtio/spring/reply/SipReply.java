package io.drachtio.spring.reply;

import io.drachtio.client.OutgoingRequest.Header;
import io.drachtio.sip.SipResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A response a handler returns: status, optional reason phrase, extra headers and body. Immutable; the
 * {@code with…} style methods return changed copies.
 *
 * <pre>{@code
 * return SipReply.ok().header("Contact", "<sip:app@10.0.0.1>").body("application/sdp", sdp);
 * }</pre>
 *
 * @param status  the status code, 100–699
 * @param reason  the reason phrase, or {@code null} for the standard one
 * @param headers headers added to the response, in order
 * @param body    the body (empty for none)
 */
public record SipReply(int status, String reason, List<Header> headers, byte[] body) {

    /** Validates and copies. */
    public SipReply {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("a SIP status is 100-699, got " + status);
        }
        if (reason != null && (reason.indexOf('\r') >= 0 || reason.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("a reason phrase must not contain CR or LF");
        }
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /**
     * @param status the status code
     * @return a reply with that status and nothing else
     */
    public static SipReply status(int status) {
        return new SipReply(status, null, List.of(), null);
    }

    /**
     * @param status the status code
     * @param reason the reason phrase
     * @return a reply with that status and reason
     */
    public static SipReply status(int status, String reason) {
        return new SipReply(status, reason, List.of(), null);
    }

    /** @return {@code 200 OK} */
    public static SipReply ok() {
        return status(200);
    }

    /**
     * @param reason a reason phrase
     * @return a copy with that reason phrase
     */
    public SipReply reason(String reason) {
        return new SipReply(status, reason, headers, body);
    }

    /**
     * @param name  header name
     * @param value header value
     * @return a copy with the header appended
     */
    public SipReply header(String name, String value) {
        List<Header> copy = new ArrayList<>(headers.size() + 1);
        copy.addAll(headers);
        copy.add(new Header(name, value));
        return new SipReply(status, reason, copy, body);
    }

    /**
     * @param contentType value of the Content-Type header
     * @param text        the body as UTF-8 text
     * @return a copy with the Content-Type header and the body
     */
    public SipReply body(String contentType, String text) {
        Objects.requireNonNull(text, "text");
        return header("Content-Type", contentType).body(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes the body
     * @return a copy with that body (the caller adds Content-Type)
     */
    public SipReply body(byte[] bytes) {
        return new SipReply(status, reason, headers, bytes == null ? null : bytes.clone());
    }

    /**
     * Writes the headers and body into a response being built.
     *
     * @param response the response the channel built from the request
     */
    public void applyTo(SipResponse response) {
        for (Header header : headers) {
            response.headers().add(header.name(), header.value());
        }
        if (body.length > 0) {
            response.setBody(body);
        }
    }

    @Override
    public String toString() {
        return "SipReply[" + status + (reason != null ? " " + reason : "") + ", headers=" + headers.size()
                + ", body=" + body.length + " bytes]";
    }
}
