package io.drachtio.wire;

import java.util.List;

/**
 * Typed access to the first-line fields of a received message. Every failure is a
 * {@link DrachtioProtocolException} naming the field and the frame; the frame excerpt is only built
 * when an error is reported.
 */
final class FieldReader {

    private static final int MAX_PORT = 65_535;

    private final List<String> fields;

    FieldReader(List<String> fields) {
        this.fields = fields;
    }

    /**
     * Returns the number of fields.
     *
     * @return the field count
     */
    int size() {
        return fields.size();
    }

    /**
     * Returns a field, or the empty string when the message has fewer fields.
     *
     * @param index field index
     * @return the field text
     */
    String text(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /**
     * Returns a field, or {@code null} when it is absent or empty.
     *
     * @param index field index
     * @return the field text or {@code null}
     */
    String textOrNull(int index) {
        String text = text(index);
        return text.isEmpty() ? null : text;
    }

    /**
     * Tells whether a field exists and equals a text.
     *
     * @param index field index
     * @param expected the text
     * @return {@code true} when field {@code index} is present and equal
     */
    boolean is(int index, String expected) {
        return index < fields.size() && fields.get(index).equals(expected);
    }

    /**
     * Fails unless the message has at least {@code count} fields.
     *
     * @param count minimum number of fields
     * @param what the kind of message, for the error
     */
    void requireAtLeast(int count, String what) {
        if (fields.size() < count) {
            throw error(what + " needs at least " + count + " fields but has " + fields.size());
        }
    }

    /**
     * Quotes a field for an error message, masked like frame excerpts when it follows a field
     * equal to {@code authenticate}.
     *
     * @param index field index
     * @return the escaped field in quotes
     */
    String quoted(int index) {
        boolean secret = index > 0 && index - 1 < fields.size() && FrameText.isSecretMarker(fields.get(index - 1));
        return "'" + (secret ? FrameText.MASK : FrameText.escape(text(index))) + "'";
    }

    /**
     * Parses a meta source field.
     *
     * @param index field index
     * @return the source
     */
    Source source(int index) {
        String text = text(index);
        for (Source source : Source.values()) {
            if (source.wireName().equals(text)) {
                return source;
            }
        }
        throw error("field " + index + " (source) is neither 'network' nor 'application': " + quoted(index));
    }

    /**
     * Parses a non-negative decimal number that fits an {@code int}.
     *
     * @param index field index
     * @param name what the field means, for the error
     * @return the value
     */
    int number(int index, String name) {
        String text = text(index);
        long value = text.isEmpty() || text.length() > 10 ? -1 : 0;
        for (int i = 0; i < text.length() && value >= 0; i++) {
            char c = text.charAt(i);
            value = c < '0' || c > '9' ? -1 : value * 10 + (c - '0');
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw error("field " + index + " (" + name + ") is not a non-negative number: " + quoted(index));
        }
        return (int) value;
    }

    /**
     * Parses a port number (0 to 65535).
     *
     * @param index field index
     * @param name what the field means, for the error
     * @return the port
     */
    int port(int index, String name) {
        int port = number(index, name);
        if (port > MAX_PORT) {
            throw error("field " + index + " (" + name + ") is not a port number: " + port);
        }
        return port;
    }

    /**
     * Parses the six meta fields starting at {@code index} (protocol reference §4.4).
     *
     * @param index index of the source field
     * @return the meta block
     */
    MessageMeta meta(int index) {
        return new MessageMeta(source(index), number(index + 1, "bytes"), text(index + 2), text(index + 3),
                port(index + 4, "port"), text(index + 5));
    }

    /**
     * Creates an exception naming this message.
     *
     * @param reason what was wrong
     * @return the exception, for the caller to throw
     */
    DrachtioProtocolException error(String reason) {
        return new DrachtioProtocolException(reason, FrameText.excerpt(fields));
    }
}
