package io.drachtio.sip.internal;

import io.drachtio.sip.SipParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code %HH} escaping of URI components (RFC 3261 §19.1.2, RFC 3986 §2.1). Decoding happens once:
 * {@code value%25%41} becomes {@code value%41}; {@code %00} becomes the character U+0000.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Decodes the {@code %HH} escapes of {@code text[start, end)}; the bytes are read as UTF-8.
     *
     * @param what what is being parsed, for error messages
     * @param text the text
     * @param start first index
     * @param end index after the last character
     * @return the decoded text
     */
    public static String decode(String what, String text, int start, int end) {
        int percent = text.indexOf('%', start);
        if (percent < 0 || percent >= end) {
            return text.substring(start, end);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(end - start);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 1 < end ? CharClasses.hexValue(text.charAt(i + 1)) : -1;
                int lo = i + 2 < end ? CharClasses.hexValue(text.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw SipParseException.inValue(what, i, "'%' is not followed by two hexadecimal digits");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i++;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Appends {@code text}, escaping as {@code %HH} (of its UTF-8 bytes) every character that is
     * not alphanumeric, not one of RFC 3986's unreserved marks, and not in {@code allowed}.
     *
     * @param text the text
     * @param allowed extra characters written as they are
     * @param out where to write
     */
    public static void encode(String text, String allowed, StringBuilder out) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0 || allowed.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }
}
