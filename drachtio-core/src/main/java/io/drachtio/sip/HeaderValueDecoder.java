package io.drachtio.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the raw bytes of a header value into its text: trims surrounding whitespace and unfolds
 * continuation lines (a line break and the whitespace around it become one space). The text is
 * either decoded to a String or handed as UTF-8 bytes to a parser, in place when the value has
 * no line break. Whether it has one is known from scanning the lines ({@link HeaderLineScanner}),
 * so the value is not searched again.
 */
final class HeaderValueDecoder {

    private HeaderValueDecoder() {
    }

    /** Decodes the value in {@code bytes[start, end)}: trimmed, unfolded if {@code folded}, UTF-8. */
    static String decode(byte[] bytes, int start, int end, boolean folded) {
        int from = trimStart(bytes, start, end);
        int to = trimEnd(bytes, from, end);
        if (!folded) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        return new String(unfold(bytes, from, to), StandardCharsets.UTF_8);
    }

    /**
     * Parses the value in {@code bytes[start, end)}, trimmed and unfolded: the bytes are read in
     * place unless the value is {@code folded}, when an unfolded copy is parsed.
     */
    static <T> T parse(byte[] bytes, int start, int end, boolean folded, ValueParser<T> parser) {
        int from = trimStart(bytes, start, end);
        int to = trimEnd(bytes, from, end);
        if (!folded) {
            return parser.parse(bytes, from, to - from);
        }
        byte[] unfolded = unfold(bytes, from, to);
        return parser.parse(unfolded, 0, unfolded.length);
    }

    private static int trimStart(byte[] bytes, int start, int end) {
        while (start < end && isBlank(bytes[start])) {
            start++;
        }
        return start;
    }

    private static int trimEnd(byte[] bytes, int start, int end) {
        while (end > start && isBlank(bytes[end - 1])) {
            end--;
        }
        return end;
    }

    /** Copies the trimmed value {@code bytes[start, end)}, each line break with the whitespace around it made one space. */
    private static byte[] unfold(byte[] bytes, int start, int end) {
        byte[] out = new byte[end - start];
        int length = 0;
        int i = start;
        while (i < end) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                while (length > 0 && (out[length - 1] == ' ' || out[length - 1] == '\t')) {
                    length--;
                }
                while (i < end && isBlank(bytes[i])) {
                    i++;
                }
                out[length++] = ' ';
            } else {
                out[length++] = b;
                i++;
            }
        }
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
