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
 * part is everything after that CR LF, copied once. The first line is checked (line breaks, bars,
 * ASCII or not) in one pass over its bytes; an ASCII line (the usual case) is cut into strings
 * straight from those bytes, any other is decoded field by field as strict UTF-8.
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
        int lineLength = (lf < 0 ? end : lf) - start;
        byte[] line;
        int offset;
        if (payload.hasArray()) {
            line = payload.array();
            offset = payload.arrayOffset() + start;
        } else {
            line = new byte[lineLength];
            payload.getBytes(start, line);
            offset = 0;
        }
        int firstCr = -1;
        int bars = 0;
        boolean ascii = true;
        for (int i = offset; i < offset + lineLength; i++) {
            byte b = line[i];
            if (b == '|') {
                bars++;
            } else if (b == '\r' && firstCr < 0) {
                firstCr = i - offset;
            } else if (b < 0) {
                ascii = false;
            }
        }
        if (lf == start || (lf >= 0 ? firstCr != lineLength - 1 : firstCr >= 0)) {
            throw new DrachtioProtocolException("first line contains a CR or LF that is not part of the first CR LF",
                    FrameText.excerpt(payload));
        }
        int contentLength = lf < 0 ? lineLength : lineLength - 1;
        List<String> fields = ascii ? asciiFields(line, offset, contentLength, bars)
                : utf8Fields(payload, start, start + contentLength);
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

    /** Splits an ASCII first line held in {@code line[offset, offset + length)} on each of its {@code bars}. */
    private static List<String> asciiFields(byte[] line, int offset, int length, int bars) {
        List<String> fields = new ArrayList<>(bars + 1);
        int fieldStart = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (line[i] == '|') {
                fields.add(ascii(line, fieldStart, i));
                fieldStart = i + 1;
            }
        }
        fields.add(ascii(line, fieldStart, end));
        return Collections.unmodifiableList(fields);
    }

    private static String ascii(byte[] line, int from, int to) {
        return from == to ? "" : new String(line, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Splits a first line that is not pure ASCII, decoding each field as strict UTF-8. */
    private static List<String> utf8Fields(ByteBuf payload, int start, int end) {
        List<String> fields = new ArrayList<>(16);
        int fieldStart = start;
        while (true) {
            int bar = payload.indexOf(fieldStart, end, (byte) '|');
            int fieldEnd = bar < 0 ? end : bar;
            fields.add(strict(payload, fieldStart, fieldEnd - fieldStart, fields.size()));
            if (bar < 0) {
                return Collections.unmodifiableList(fields);
            }
            fieldStart = bar + 1;
        }
    }

    private static String strict(ByteBuf payload, int index, int length, int fieldIndex) {
        try {
            return Utf8Fields.strict(payload, index, length);
        } catch (CharacterCodingException e) {
            throw new DrachtioProtocolException("field " + fieldIndex + " is not valid UTF-8",
                    FrameText.excerpt(payload), e);
        }
    }
}
