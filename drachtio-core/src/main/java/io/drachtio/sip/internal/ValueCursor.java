package io.drachtio.sip.internal;

import io.drachtio.sip.SipParseException;

/**
 * A read position inside one header value (already unfolded), with the small steps every
 * header grammar is built from: whitespace, tokens, quoted strings, single characters.
 * Errors come out as {@link SipParseException} carrying the position inside the value.
 */
public final class ValueCursor {

    private final String what;
    private final String text;
    private int pos;

    /**
     * Creates a cursor at the start of {@code text}.
     *
     * @param what what is being parsed, used in error messages (for example {@code "Via"})
     * @param text the value
     */
    public ValueCursor(String what, String text) {
        this.what = what;
        this.text = text;
    }

    /**
     * Returns the value being read.
     *
     * @return the whole value
     */
    public String text() {
        return text;
    }

    /**
     * Returns the current position.
     *
     * @return index of the next character to read
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
        if (position < 0 || position > text.length()) {
            throw new IllegalArgumentException("position out of range: " + position);
        }
        pos = position;
    }

    /**
     * Tells whether every character has been read.
     *
     * @return {@code true} at the end of the value
     */
    public boolean atEnd() {
        return pos >= text.length();
    }

    /**
     * Returns the next character without reading it.
     *
     * @return the character, or {@code -1} at the end
     */
    public int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    /**
     * Skips spaces, tabs and line breaks.
     *
     * @return {@code true} if at least one character was skipped
     */
    public boolean skipWhitespace() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            pos++;
        }
        return pos > start;
    }

    /**
     * Reads {@code c} if it is the next character.
     *
     * @param c the expected character
     * @return {@code true} if it was there and has been read
     */
    public boolean consume(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
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
        return text.substring(start, pos);
    }

    /**
     * Reads one or more token characters; returns the matching constant when the token equals
     * (case-sensitively) one of {@code known}, so that frequent tokens cost no new String.
     *
     * @param reason the error reason if there is no token here
     * @param known frequent values, such as {@code "UDP"}
     * @return the token
     */
    public String token(String reason, String... known) {
        int start = skipToken(reason);
        int length = pos - start;
        for (String candidate : known) {
            if (candidate.length() == length && text.startsWith(candidate, start)) {
                return candidate;
            }
        }
        return text.substring(start, pos);
    }

    /**
     * Reads one or more token characters without making a String of them.
     *
     * @param reason the error reason if there is no token here
     * @return where the token started; it ends at {@link #position()}
     */
    public int skipToken(String reason) {
        int start = pos;
        while (pos < text.length() && CharClasses.isToken(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error(reason);
        }
        return start;
    }

    /**
     * Reads a quoted string starting at the opening {@code "} and returns its content with the
     * quoted pairs ({@code \x}) resolved.
     *
     * @return the unquoted content
     */
    public String quotedString() {
        int start = pos;
        expect('"', "quoted string expected");
        StringBuilder out = null;
        int chunk = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                String content = out == null ? text.substring(chunk, pos) : out.append(text, chunk, pos).toString();
                pos++;
                return content;
            }
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                if (out == null) {
                    out = new StringBuilder(pos - chunk + 16);
                }
                out.append(text, chunk, pos).append(text.charAt(pos + 1));
                pos += 2;
                chunk = pos;
            } else {
                pos++;
            }
        }
        pos = start;
        throw error("unterminated quoted string");
    }

    /**
     * Reads characters while they are unquoted parameter value characters (token or host).
     *
     * @return the characters read, possibly empty
     */
    public String paramValueChars() {
        int start = pos;
        while (pos < text.length() && CharClasses.isParamValue(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
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
        while (pos < text.length() && CharClasses.isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
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
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
    }

    /**
     * Creates an error at the current position.
     *
     * @param reason what is wrong
     * @return the exception, for the caller to throw
     */
    public SipParseException error(String reason) {
        return SipParseException.inValue(what, pos, reason);
    }
}
