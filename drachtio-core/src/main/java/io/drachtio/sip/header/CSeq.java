package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.ValueCursor;

/**
 * The CSeq header (RFC 3261 §20.16): a sequence number and a method.
 *
 * @param number the sequence number, 0 to 2^32-1 (a strict parse further requires less than 2^31)
 * @param method the method, as written
 */
public record CSeq(long number, String method) {

    /** The largest number a CSeq view accepts: 2^32-1. */
    public static final long MAX_NUMBER = 0xFFFF_FFFFL;

    private static final String WHAT = "CSeq";

    /**
     * Parses a CSeq value.
     *
     * @param value the value, such as {@code 314159 INVITE}
     * @return the parsed value
     * @throws SipParseException if the value is malformed or the number exceeds 2^32-1
     */
    public static CSeq parse(String value) {
        return read(new ValueCursor(WHAT, value));
    }

    /**
     * Parses a CSeq value from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed value
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static CSeq parse(byte[] utf8, int offset, int length) {
        return read(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static CSeq read(ValueCursor cursor) {
        cursor.skipWhitespace();
        long number = cursor.number("CSeq number", MAX_NUMBER);
        if (!cursor.skipWhitespace()) {
            throw cursor.error("whitespace expected after the CSeq number");
        }
        String method = cursor.token("CSeq method expected");
        cursor.expectEnd();
        return new CSeq(number, method);
    }

    /**
     * Renders the value.
     *
     * @return {@code number method}
     */
    @Override
    public String toString() {
        return number + " " + method;
    }
}
