package io.drachtio.sip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What request and response builders share: header lines in the order they are added, and a body.
 * A builder writes only the headers it was given, plus Content-Length: if a Content-Length was
 * given, its first line gets the real body length (other Content-Length lines are dropped);
 * otherwise {@code Content-Length: n} is appended after the last header.
 *
 * @param <B> the concrete builder type
 */
public abstract sealed class SipMessageBuilder<B extends SipMessageBuilder<B>>
        permits SipRequestBuilder, SipResponseBuilder {

    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private byte[] body = new byte[0];

    SipMessageBuilder() {
    }

    abstract B self();

    /**
     * Appends a header line.
     *
     * @param name the header name (a token), written as given
     * @param value the value (no CR or LF)
     * @return this builder
     * @throws IllegalArgumentException if the name is not a token or the value holds a line break
     */
    public B header(String name, String value) {
        SipHeaders.checkLine(name, value);
        names.add(name);
        values.add(value);
        return self();
    }

    /**
     * Sets the body bytes.
     *
     * @param bytes the body (copied); {@code null} means empty
     * @return this builder
     */
    public B body(byte[] bytes) {
        body = bytes == null ? new byte[0] : bytes.clone();
        return self();
    }

    /**
     * Sets the body as UTF-8 text.
     *
     * @param text the body; {@code null} means empty
     * @return this builder
     */
    public B body(String text) {
        body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        return self();
    }

    /**
     * Sets the body as UTF-8 text and the Content-Type (replacing any Content-Type given before,
     * in place).
     *
     * @param contentType the media type, such as {@code application/sdp}
     * @param text the body
     * @return this builder
     */
    public B body(String contentType, String text) {
        SipHeaders.checkLine(HeaderNames.CONTENT_TYPE, contentType);
        int index = indexOf(HeaderKey.CONTENT_TYPE);
        if (index < 0) {
            names.add(HeaderNames.CONTENT_TYPE);
            values.add(contentType);
        } else {
            values.set(index, contentType);
            removeAfter(HeaderKey.CONTENT_TYPE, index);
        }
        return body(text);
    }

    private int indexOf(HeaderKey key) {
        for (int i = 0; i < names.size(); i++) {
            if (key.matches(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void removeAfter(HeaderKey key, int index) {
        for (int i = names.size() - 1; i > index; i--) {
            if (key.matches(names.get(i))) {
                names.remove(i);
                values.remove(i);
            }
        }
    }

    /** Writes start line, headers, Content-Length, empty line and body. */
    final byte[] render(String startLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        line(out, startLine);
        String length = Integer.toString(body.length);
        boolean lengthWritten = false;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (HeaderKey.CONTENT_LENGTH.matches(name)) {
                if (!lengthWritten) {
                    line(out, name + ": " + length);
                    lengthWritten = true;
                }
            } else {
                line(out, name + ": " + values.get(i));
            }
        }
        if (!lengthWritten) {
            line(out, HeaderNames.CONTENT_LENGTH + ": " + length);
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
    }
}
