package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.ValueCursor;

/**
 * The RAck header of a PRACK (RFC 3262 §7.2): the RSeq being acknowledged and the CSeq of the
 * reliable response.
 *
 * @param rseq the RSeq number, 1 to 2^32-1
 * @param cseq the CSeq number, 0 to 2^32-1
 * @param method the CSeq method
 */
public record RAck(long rseq, long cseq, String method) {

    private static final String WHAT = "RAck";

    /**
     * Parses a RAck value.
     *
     * @param value the value, such as {@code 776656 1 INVITE}
     * @return the parsed value
     * @throws SipParseException if the value is malformed
     */
    public static RAck parse(String value) {
        return read(new ValueCursor(WHAT, value));
    }

    /**
     * Parses a RAck value from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed value
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static RAck parse(byte[] utf8, int offset, int length) {
        return read(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static RAck read(ValueCursor cursor) {
        cursor.skipWhitespace();
        long rseq = cursor.number("RSeq number", CSeq.MAX_NUMBER);
        if (!cursor.skipWhitespace()) {
            throw cursor.error("whitespace expected after the RSeq number");
        }
        long cseq = cursor.number("CSeq number", CSeq.MAX_NUMBER);
        if (!cursor.skipWhitespace()) {
            throw cursor.error("whitespace expected after the CSeq number");
        }
        String method = cursor.token("method expected");
        cursor.expectEnd();
        return new RAck(rseq, cseq, method);
    }

    /**
     * Renders the value.
     *
     * @return {@code rseq cseq method}
     */
    @Override
    public String toString() {
        return rseq + " " + cseq + " " + method;
    }
}
