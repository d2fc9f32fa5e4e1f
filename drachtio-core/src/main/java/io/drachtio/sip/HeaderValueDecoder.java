package io.drachtio.sip;

import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of a header value into text: trims surrounding whitespace, unfolds
 * continuation lines (a line break and the whitespace around it become one space) and decodes UTF-8.
 */
final class HeaderValueDecoder {

    private HeaderValueDecoder() {
    }

    static String decode(byte[] bytes, int start, int end) {
        while (start < end && isBlank(bytes[start])) {
            start++;
        }
        while (end > start && isBlank(bytes[end - 1])) {
            end--;
        }
        int lineBreak = -1;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                lineBreak = i;
                break;
            }
        }
        if (lineBreak < 0) {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[end - start];
        int length = lineBreak - start;
        System.arraycopy(bytes, start, out, 0, length);
        int i = lineBreak;
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
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
