package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes first-line fields strictly as UTF-8: ASCII text (the usual case) takes a fast path,
 * anything else goes through a reporting decoder so that malformed bytes are an error instead of
 * silently becoming replacement characters.
 */
final class Utf8Fields {

    private Utf8Fields() {
    }

    /**
     * Tells whether a region holds only ASCII bytes.
     *
     * @param buf the buffer
     * @param index first byte
     * @param length number of bytes
     * @return {@code true} when no byte has its high bit set
     */
    static boolean isAscii(ByteBuf buf, int index, int length) {
        return length == 0 || buf.forEachByte(index, length, value -> value >= 0) < 0;
    }

    /**
     * Decodes a region that is known to be ASCII.
     *
     * @param buf the buffer
     * @param index first byte
     * @param length number of bytes
     * @return the text
     */
    static String ascii(ByteBuf buf, int index, int length) {
        return length == 0 ? "" : buf.toString(index, length, StandardCharsets.US_ASCII);
    }

    /**
     * Decodes a region as strict UTF-8.
     *
     * @param buf the buffer
     * @param index first byte
     * @param length number of bytes
     * @return the text
     * @throws CharacterCodingException when the bytes are not well-formed UTF-8
     */
    static String strict(ByteBuf buf, int index, int length) throws CharacterCodingException {
        if (isAscii(buf, index, length)) {
            return ascii(buf, index, length);
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(buf.nioBuffer(index, length))
                .toString();
    }
}
