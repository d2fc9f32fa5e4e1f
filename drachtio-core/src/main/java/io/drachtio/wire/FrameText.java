package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns payloads into printable text for exception messages and trace logs: the secret of an
 * {@code authenticate} command is replaced by {@value #MASK}, CR, LF and other control characters
 * are escaped, and excerpts are cut to a short length.
 *
 * <p>Masking works on first-line fields: the field following any field equal (ignoring case) to
 * {@code authenticate} is masked, so the secret is hidden whatever field the command name sits in.
 */
final class FrameText {

    /** What a secret is replaced with. */
    static final String MASK = "****";

    /** Maximum number of characters of a frame shown in an exception message. */
    static final int EXCERPT_CHARS = 160;

    private static final String AUTHENTICATE = "authenticate";

    private FrameText() {
    }

    /**
     * Tells whether a field marks the next one as a secret.
     *
     * @param field a first-line field
     * @return {@code true} when it equals {@code authenticate}, ignoring case
     */
    static boolean isSecretMarker(String field) {
        return AUTHENTICATE.equalsIgnoreCase(field);
    }

    /**
     * Returns a short, masked, escaped excerpt of a payload's first line.
     *
     * @param payload the payload; its readable bytes are read, indices are not changed
     * @return the excerpt
     */
    static String excerpt(ByteBuf payload) {
        int length = Math.min(payload.readableBytes(), EXCERPT_CHARS * 2);
        String text = payload.toString(payload.readerIndex(), length, StandardCharsets.UTF_8);
        int lineEnd = text.indexOf("\r\n");
        return escape(mask(lineEnd < 0 ? text : text.substring(0, lineEnd)), EXCERPT_CHARS);
    }

    /**
     * Returns a short, masked, escaped excerpt of a first line given as fields.
     *
     * @param fields the first-line fields
     * @return the excerpt
     */
    static String excerpt(List<String> fields) {
        StringBuilder line = new StringBuilder();
        boolean maskNext = false;
        for (int i = 0; i < fields.size() && line.length() <= EXCERPT_CHARS; i++) {
            if (i > 0) {
                line.append('|');
            }
            String field = fields.get(i);
            line.append(maskNext ? MASK : field);
            maskNext = isSecretMarker(field);
        }
        return escape(line.toString(), EXCERPT_CHARS);
    }

    /**
     * Renders a whole payload, first line masked, with CR and LF escaped, for the trace log.
     *
     * @param payload the payload; its readable bytes are read, indices are not changed
     * @return the rendered payload
     */
    static String render(ByteBuf payload) {
        String text = payload.toString(StandardCharsets.UTF_8);
        int lineEnd = text.indexOf("\r\n");
        String masked = lineEnd < 0 ? mask(text) : mask(text.substring(0, lineEnd)) + text.substring(lineEnd);
        return escape(masked, Integer.MAX_VALUE);
    }

    /**
     * Escapes a short piece of raw protocol text (e.g. a length prefix) for printing.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(CharSequence text) {
        return escape(text, EXCERPT_CHARS);
    }

    private static String mask(String firstLine) {
        if (firstLine.length() < AUTHENTICATE.length()) {
            return firstLine;
        }
        StringBuilder out = new StringBuilder(firstLine.length());
        boolean maskNext = false;
        int start = 0;
        while (true) {
            int bar = firstLine.indexOf('|', start);
            int end = bar < 0 ? firstLine.length() : bar;
            String field = firstLine.substring(start, end);
            out.append(maskNext ? MASK : field);
            maskNext = isSecretMarker(field);
            if (bar < 0) {
                return out.toString();
            }
            out.append('|');
            start = bar + 1;
        }
    }

    /**
     * Returns the lower-case hex digit of the low four bits of a value.
     *
     * @param value the value
     * @return {@code 0}–{@code 9} or {@code a}–{@code f}
     */
    static char hexDigit(int value) {
        return "0123456789abcdef".charAt(value & 0xF);
    }

    private static String escape(CharSequence text, int maxChars) {
        int limit = Math.min(text.length(), maxChars);
        StringBuilder out = new StringBuilder(limit + 16);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                out.append("\\x").append(hexDigit(c >> 4)).append(hexDigit(c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > limit) {
            out.append("...");
        }
        return out.toString();
    }
}
