package io.drachtio.sip.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The UTF-8 bytes of one header value, read in place (usually straight from the message), and
 * the ways to decode parts of it by position. Positions count bytes from the start of the value.
 * Nothing here changes anything, so a parser may keep the bytes its {@link ValueCursor} read, as
 * a {@code ValueBytes}, to decode later, from any thread, what it has already checked.
 */
public class ValueBytes {

    final byte[] bytes;
    final int offset;
    final int length;

    /**
     * Wraps {@code bytes[offset, offset + length)}, which is not copied.
     *
     * @param bytes the array holding the value
     * @param offset where the value starts
     * @param length how many bytes it has
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public ValueBytes(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /**
     * Returns the length of the value.
     *
     * @return the number of bytes
     */
    public final int length() {
        return length;
    }

    /**
     * Returns the byte at a position.
     *
     * @param index a position, from 0 to the length of the value (excluded)
     * @return the byte, 0 to 255
     */
    public final int byteAt(int index) {
        Objects.checkIndex(index, length);
        return bytes[offset + index] & 0xFF;
    }

    /**
     * Reads a decimal number of ASCII digits.
     *
     * @param from the position of the first digit
     * @param to the position after the last digit
     * @param max the largest number accepted
     * @return the number, or {@code -1} when the range is empty, holds anything but digits, or the
     *         number exceeds {@code max}
     */
    public final int decimal(int from, int to, int max) {
        Objects.checkFromToIndex(from, to, length);
        if (from == to) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            if (!CharClasses.isDigit(bytes[offset + i])) {
                return -1;
            }
            value = value * 10 + bytes[offset + i] - '0';
            if (value > max) {
                return -1;
            }
        }
        return (int) value;
    }

    /**
     * Finds an ASCII character.
     *
     * @param c the character
     * @param from the position to search from
     * @return its first position at or after {@code from}, or {@code -1}
     */
    public final int indexOf(char c, int from) {
        for (int i = Math.max(from, 0); i < length; i++) {
            if (bytes[offset + i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes part of the value.
     *
     * @param from first position
     * @param to position after the last byte
     * @return the text of {@code [from, to)}
     */
    public final String substring(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return new String(bytes, offset + from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Returns part of the value that the grammar has checked to be ASCII (tokens and separators),
     * as the shared constant when it is one of {@code known}.
     *
     * @param from first position
     * @param to position after the last byte
     * @param known frequent values, such as {@code "SIP/2.0"}
     * @return the text of {@code [from, to)}
     */
    public final String text(int from, int to, KnownTokens known) {
        Objects.checkFromToIndex(from, to, length);
        String constant = known.find(bytes, offset + from, offset + to);
        return constant != null ? constant : ascii(from, to);
    }

    /**
     * Returns part of the value that the grammar has checked to be ASCII (tokens, hosts, unquoted
     * parameter values), without decoding it.
     *
     * @param from first position
     * @param to position after the last byte
     * @return the text of {@code [from, to)}
     */
    public final String text(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return from == to ? "" : ascii(from, to);
    }

    /**
     * Makes a String of bytes known to be ASCII. The constructor with a high byte copies the bytes
     * as they are; unlike the Charset constructors it is small enough to be inlined, which matters
     * on the paths that read a Via or a tag.
     */
    @SuppressWarnings("deprecation")
    final String ascii(int from, int to) {
        return new String(bytes, 0, offset + from, to - from);
    }

    /**
     * Tells whether the bytes {@code [from, to)} spell an ASCII name, ignoring the case of letters.
     *
     * @param from first position
     * @param to position after the last byte
     * @param name the name, ASCII
     * @return {@code true} if they are the same name
     */
    public final boolean equalsIgnoreCase(int from, int to, String name) {
        Objects.checkFromToIndex(from, to, length);
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            int actual = bytes[offset + from + i];
            int expected = name.charAt(i);
            if (actual != expected) {
                int lower = expected | 0x20;
                if (lower < 'a' || lower > 'z' || (actual | 0x20) != lower) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Decodes a quoted string that has been read ({@link #skipQuotedString()}); the read position
     * does not change, so this may be called at any time from any thread.
     *
     * @param position the position of its opening quote
     * @return the content with the quoted pairs resolved
     */
    public final String quotedStringAt(int position) {
        byte[] unescaped = null;
        int unescapedLength = 0;
        int chunk = position + 1;
        int i = chunk;
        while (bytes[offset + i] != '"') {
            if (bytes[offset + i] == '\\') {
                if (unescaped == null) {
                    unescaped = new byte[length - chunk];
                }
                System.arraycopy(bytes, offset + chunk, unescaped, unescapedLength, i - chunk);
                unescapedLength += i - chunk;
                unescaped[unescapedLength++] = bytes[offset + i + 1];
                i += 2;
                chunk = i;
            } else {
                i++;
            }
        }
        if (unescaped == null) {
            return new String(bytes, offset + chunk, i - chunk, StandardCharsets.UTF_8);
        }
        System.arraycopy(bytes, offset + chunk, unescaped, unescapedLength, i - chunk);
        return new String(unescaped, 0, unescapedLength + i - chunk, StandardCharsets.UTF_8);
    }

    /**
     * Converts a byte position into the position of the same character in the decoded value.
     *
     * @param position a byte position, from 0 to the length of the value
     * @return the number of characters before it
     */
    public final int characterPosition(int position) {
        for (int i = 0; i < position; i++) {
            if (bytes[offset + i] < 0) {
                return new String(bytes, offset, position, StandardCharsets.UTF_8).length();
            }
        }
        return position;
    }

    /** The character that starts at byte {@code index} (a whole UTF-8 sequence decoded). */
    final char characterAt(int index) {
        int b = bytes[offset + index];
        if (b >= 0) {
            return (char) b;
        }
        return new String(bytes, offset + index, Math.min(4, length - index), StandardCharsets.UTF_8).charAt(0);
    }
}
