package io.drachtio.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String CRLF = "\r\n";
    private static final byte[] NO_BODY = new byte[0];

    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private byte[] body = NO_BODY;

    SipMessageBuilder() {
    }

    abstract B self();

    /** The start line of the message this builder writes, without CR LF. */
    abstract String startLine();

    /**
     * Writes the message without building it: the bytes {@code build()} would parse, for a caller that
     * only sends them.
     *
     * @return the serialised message (start line, the headers in order, Content-Length, the body), a new
     *     array
     */
    public byte[] toBytes() {
        return render(startLine());
    }

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
        body = bytes == null ? NO_BODY : bytes.clone();
        return self();
    }

    /**
     * Sets the body as UTF-8 text.
     *
     * @param text the body; {@code null} means empty
     * @return this builder
     */
    public B body(String text) {
        body = text == null ? NO_BODY : text.getBytes(StandardCharsets.UTF_8);
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

    /**
     * Writes start line, headers, Content-Length, empty line and body into one array: the text is laid
     * out once in a pre-sized {@link StringBuilder} and encoded once; a body is appended by one copy.
     */
    private byte[] render(String startLine) {
        StringBuilder text = new StringBuilder(estimatedLength(startLine));
        line(text, startLine);
        boolean lengthWritten = false;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (HeaderKey.CONTENT_LENGTH.matches(name)) {
                if (!lengthWritten) {
                    text.append(name).append(": ").append(body.length).append(CRLF);
                    lengthWritten = true;
                }
            } else {
                text.append(name).append(": ").append(values.get(i)).append(CRLF);
            }
        }
        if (!lengthWritten) {
            text.append(HeaderNames.CONTENT_LENGTH).append(": ").append(body.length).append(CRLF);
        }
        text.append(CRLF);
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        if (body.length == 0) {
            return head;
        }
        byte[] message = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    private int estimatedLength(String startLine) {
        int length = startLine.length() + 32;
        for (int i = 0; i < names.size(); i++) {
            length += names.get(i).length() + values.get(i).length() + 4;
        }
        return length;
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(CRLF);
    }
}
