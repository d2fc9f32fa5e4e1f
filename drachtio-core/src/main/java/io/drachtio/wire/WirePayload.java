package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A payload split into its first-line fields and its SIP part (protocol reference §4.1): the first
 * line runs up to the first CR LF and is split on every {@code |}, keeping empty fields; the SIP
 * part is everything after that CR LF, copied once.
 *
 * @param fields the first-line fields, at least one, unmodifiable
 * @param sip the bytes after the first CR LF, empty when there is none
 */
record WirePayload(List<String> fields, byte[] sip) {

    /** The SIP part of a payload that has none. */
    static final byte[] NO_SIP = new byte[0];

    /**
     * Splits a payload. Its readable bytes are read; indices and reference count are unchanged.
     *
     * @param payload the payload of one frame
     * @return the fields and the SIP part
     * @throws DrachtioProtocolException when the first line holds a lone CR or LF or is not UTF-8
     */
    static WirePayload split(ByteBuf payload) {
        int start = payload.readerIndex();
        int end = payload.writerIndex();
        int lf = payload.indexOf(start, end, (byte) '\n');
        int lineEnd = lf < 0 ? end : lf - 1;
        int cr = payload.indexOf(start, lf < 0 ? end : lf, (byte) '\r');
        if (lf == start || (lf >= 0 && cr != lineEnd) || (lf < 0 && cr >= 0)) {
            throw new DrachtioProtocolException("first line contains a CR or LF that is not part of the first CR LF",
                    FrameText.excerpt(payload));
        }
        List<String> fields = splitFields(payload, start, lineEnd);
        byte[] sip = lf < 0 || lf + 1 == end ? NO_SIP : ByteBufUtil.getBytes(payload, lf + 1, end - lf - 1);
        return new WirePayload(fields, sip);
    }

    /**
     * Returns the first field of a payload, decoded leniently, cut at the first {@code |}, CR or
     * LF. Used to name a command whose first line could not be split.
     *
     * @param payload the payload
     * @return the first field, possibly with replacement characters
     */
    static String leadingField(ByteBuf payload) {
        int start = payload.readerIndex();
        int end = payload.forEachByte(start, payload.readableBytes(),
                value -> value != '|' && value != '\r' && value != '\n');
        return payload.toString(start, (end < 0 ? payload.writerIndex() : end) - start, StandardCharsets.UTF_8);
    }

    private static List<String> splitFields(ByteBuf payload, int start, int end) {
        boolean ascii = Utf8Fields.isAscii(payload, start, end - start);
        List<String> fields = new ArrayList<>(16);
        int fieldStart = start;
        while (true) {
            int bar = payload.indexOf(fieldStart, end, (byte) '|');
            int fieldEnd = bar < 0 ? end : bar;
            fields.add(decode(payload, fieldStart, fieldEnd - fieldStart, ascii, fields.size()));
            if (bar < 0) {
                return Collections.unmodifiableList(fields);
            }
            fieldStart = bar + 1;
        }
    }

    private static String decode(ByteBuf payload, int index, int length, boolean ascii, int fieldIndex) {
        if (ascii) {
            return Utf8Fields.ascii(payload, index, length);
        }
        try {
            return Utf8Fields.strict(payload, index, length);
        } catch (CharacterCodingException e) {
            throw new DrachtioProtocolException("field " + fieldIndex + " is not valid UTF-8",
                    FrameText.excerpt(payload), e);
        }
    }
}
