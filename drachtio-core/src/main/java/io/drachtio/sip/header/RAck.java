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

    /**
     * Parses a RAck value.
     *
     * @param value the value, such as {@code 776656 1 INVITE}
     * @return the parsed value
     * @throws SipParseException if the value is malformed
     */
    public static RAck parse(String value) {
        ValueCursor cursor = new ValueCursor("RAck", value);
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
