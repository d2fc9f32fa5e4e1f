package io.drachtio.sip.internal;

import io.drachtio.sip.SipParseException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A read position inside one header value (already unfolded), with the small steps every
 * header grammar is built from: whitespace, tokens, quoted strings, single characters. Decoding
 * parts by position is inherited from {@link ValueBytes}.
 *
 * <p>The cursor reads the UTF-8 bytes of the value, usually straight from the message, so that
 * nothing is decoded but the parts a parser keeps ({@link #substring(int, int)}). Positions
 * ({@link #position()}, {@link #moveTo(int)}) count bytes from the start of the value; errors
 * ({@link #error(String)}) report the character position instead, as the value's text would
 * count it. Every grammar read here is ASCII, so bytes of multi-byte characters are never token,
 * host or separator characters.
 */
public final class ValueCursor extends ValueBytes {

    private final String what;
    private int pos;

    /**
     * Creates a cursor at the start of {@code text}.
     *
     * @param what what is being parsed, used in error messages (for example {@code "Via"})
     * @param text the value
     */
    public ValueCursor(String what, String text) {
        this(what, text.getBytes(StandardCharsets.UTF_8));
    }

    private ValueCursor(String what, byte[] utf8) {
        this(what, utf8, 0, utf8.length);
    }

    /**
     * Creates a cursor over the UTF-8 bytes {@code bytes[offset, offset + length)}, which are read
     * in place (not copied).
     *
     * @param what what is being parsed, used in error messages (for example {@code "Via"})
     * @param bytes the array holding the value
     * @param offset where the value starts
     * @param length how many bytes it has
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public ValueCursor(String what, byte[] bytes, int offset, int length) {
        super(bytes, offset, length);
        this.what = what;
    }

    /**
     * Returns the current position.
     *
     * @return index of the next byte to read
     */
    public int position() {
        return pos;
    }

    /**
     * Moves the read position, for grammars that find the end of an element by searching.
     *
     * @param position the new position, between 0 and the length of the value
     */
    public void moveTo(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("position out of range: " + position);
        }
        pos = position;
    }

    /**
     * Tells whether every byte has been read.
     *
     * @return {@code true} at the end of the value
     */
    public boolean atEnd() {
        return pos >= length;
    }

    /**
     * Returns the next byte without reading it.
     *
     * @return the byte (0 to 255), or {@code -1} at the end
     */
    public int peek() {
        return pos < length ? bytes[offset + pos] & 0xFF : -1;
    }




    /**
     * Skips spaces, tabs and line breaks.
     *
     * @return {@code true} if at least one byte was skipped
     */
    public boolean skipWhitespace() {
        int start = pos;
        int i = pos;
        while (i < length && isWhitespace(bytes[offset + i])) {
            i++;
        }
        pos = i;
        return i > start;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * Reads {@code c} if it is the next character.
     *
     * @param c the expected (ASCII) character
     * @return {@code true} if it was there and has been read
     */
    public boolean consume(char c) {
        if (pos < length && bytes[offset + pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * Reads whitespace, then {@code c}, then whitespace (the {@code SWS c SWS} separators of RFC 3261).
     *
     * @param c the separator
     * @return {@code true} if the separator was there; the position is unchanged otherwise
     */
    public boolean consumeSeparator(char c) {
        if (pos < length && bytes[offset + pos] == c) {
            pos++;
            skipWhitespace();
            return true;
        }
        int start = pos;
        skipWhitespace();
        if (consume(c)) {
            skipWhitespace();
            return true;
        }
        pos = start;
        return false;
    }

    /**
     * Reads {@code c} or fails.
     *
     * @param c the required character
     * @param reason the error reason if it is not there
     */
    public void expect(char c, String reason) {
        if (!consume(c)) {
            throw error(reason);
        }
    }

    /**
     * Reads one or more token characters.
     *
     * @param reason the error reason if there is no token here
     * @return the token
     */
    public String token(String reason) {
        int start = skipToken(reason);
        return ascii(start, pos);
    }

    /**
     * Reads one or more token characters; returns the shared constant when the token is one of
     * {@code known} (compared case-sensitively), so that frequent tokens cost no new String.
     *
     * @param reason the error reason if there is no token here
     * @param known frequent values, such as {@code "UDP"}
     * @return the token
     */
    public String token(String reason, KnownTokens known) {
        int start = skipToken(reason);
        return text(start, pos, known);
    }





    /**
     * Reads one or more token characters without making a String of them.
     *
     * @param reason the error reason if there is no token here
     * @return where the token started; it ends at {@link #position()}
     */
    public int skipToken(String reason) {
        int start = pos;
        int i = AsciiRuns.skipToken(bytes, offset + pos, offset + length) - offset;
        if (i == start) {
            throw error(reason);
        }
        pos = i;
        return start;
    }

    /**
     * Reads a host name, IPv4 address or bracketed IPv6 reference ({@link HostSyntax}) without
     * making a String of it.
     *
     * @return where the host started; it ends at {@link #position()}
     */
    public int skipHost() {
        int start = pos;
        int end = AsciiRuns.skipHost(bytes, offset + start, offset + length) - offset;
        if (end == start) {
            end = bracketedHostEnd(start);
        }
        pos = end;
        return start;
    }

    /** The end of an IPv6 reference, or the error for a missing host, as {@link HostSyntax} finds it. */
    private int bracketedHostEnd(int start) {
        try {
            return HostSyntax.end(what, new AsciiView(), start);
        } catch (SipParseException byteError) {
            // the same check on the decoded text reports character positions
            HostSyntax.end(what, substring(0, length), characterPosition(start));
            throw byteError;
        }
    }

    /**
     * Reads a quoted string starting at the opening {@code "} and returns its content with the
     * quoted pairs ({@code \x}) resolved.
     *
     * @return the unquoted content
     */
    public String quotedString() {
        return quotedStringAt(skipQuotedString());
    }

    /**
     * Reads a quoted string starting at the opening {@code "} without decoding it.
     *
     * @return where it started (at the opening quote); it ends at {@link #position()}
     */
    public int skipQuotedString() {
        int start = pos;
        expect('"', "quoted string expected");
        int i = pos;
        while (i < length) {
            byte b = bytes[offset + i];
            if (b == '"') {
                pos = i + 1;
                return start;
            }
            i += b == '\\' ? 2 : 1;
        }
        pos = start;
        throw error("unterminated quoted string");
    }


    /**
     * Reads bytes while they are unquoted parameter value characters (token or host).
     *
     * @return where they started; they end at {@link #position()} (nothing was read if that is the same)
     */
    public int skipParamValueChars() {
        int start = pos;
        int i = AsciiRuns.skipParamValue(bytes, offset + pos, offset + length) - offset;
        pos = i;
        return start;
    }

    /**
     * Reads a decimal number no larger than {@code max} (leading zeros are allowed).
     *
     * @param reason the error reason if there are no digits here
     * @param max the largest value accepted
     * @return the number
     */
    public long number(String reason, long max) {
        int start = pos;
        long value = 0;
        while (pos < length && CharClasses.isDigit(bytes[offset + pos])) {
            value = value * 10 + (bytes[offset + pos] - '0');
            if (value > max) {
                throw error(reason + " is out of range");
            }
            pos++;
        }
        if (pos == start) {
            throw error(reason + " is not a number");
        }
        return value;
    }

    /**
     * Fails unless the value has been read completely (trailing whitespace is allowed).
     */
    public void expectEnd() {
        skipWhitespace();
        if (!atEnd()) {
            throw unexpectedCharacter();
        }
    }

    /**
     * Creates the error for the character at the current position, which the grammar does not allow.
     *
     * @return the exception, for the caller to throw
     */
    public SipParseException unexpectedCharacter() {
        return error("unexpected character '" + characterAt(pos) + "'");
    }

    /**
     * Creates an error at the current position.
     *
     * @param reason what is wrong
     * @return the exception, for the caller to throw
     */
    public SipParseException error(String reason) {
        return errorAt(pos, reason);
    }

    /**
     * Creates an error at a position.
     *
     * @param position a byte position in the value
     * @param reason what is wrong
     * @return the exception (reporting the character position), for the caller to throw
     */
    public SipParseException errorAt(int position, String reason) {
        return SipParseException.inValue(what, characterPosition(position), reason);
    }


    /** The value's bytes as ISO-8859-1 characters: exact for the ASCII grammars that read it (hosts). */
    private final class AsciiView implements CharSequence {

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) byteAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return subSequence(0, length).toString();
        }
    }
}
