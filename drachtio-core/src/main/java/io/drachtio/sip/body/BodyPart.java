package io.drachtio.sip.body;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipHeaders;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.header.ContentType;

/**
 * One part of a {@link MultipartBody}: its own header lines and its bytes (binary-safe).
 */
public final class BodyPart {

    private final SipHeaders headers;
    private final byte[] body;

    BodyPart(SipHeaders headers, byte[] body) {
        this.headers = headers;
        this.body = body;
    }

    /**
     * Returns the part's header lines (Content-Type, Content-Disposition, …).
     *
     * @return the headers, possibly empty
     */
    public SipHeaders headers() {
        return headers;
    }

    /**
     * Returns the parsed Content-Type of the part.
     *
     * @return the type, or {@code null} when the part has none (RFC 2046 then implies text/plain)
     * @throws SipParseException if it is malformed
     */
    public ContentType contentType() {
        String value = headers.first(HeaderNames.CONTENT_TYPE);
        return value == null ? null : ContentType.parse(value);
    }

    /**
     * Returns a copy of the part's bytes.
     *
     * @return the bytes, exactly as between the delimiters
     */
    public byte[] body() {
        return body.clone();
    }
}
