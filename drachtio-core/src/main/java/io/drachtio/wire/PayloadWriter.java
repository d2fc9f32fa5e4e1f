package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * Writes a payload, {@code field|field|...} then CR LF and the SIP part when there is one, into a
 * buffer sized exactly up front.
 */
final class PayloadWriter {

    private PayloadWriter() {
    }

    /**
     * Computes the UTF-8 size of a payload.
     *
     * @param fields first-line fields
     * @param sip SIP part, written only when non-empty
     * @return the payload size in bytes
     */
    static int size(List<String> fields, byte[] sip) {
        return measure(fields, sip, new int[fields.size()]);
    }

    /**
     * Writes a payload into a new buffer.
     *
     * @param alloc the allocator
     * @param fields first-line fields
     * @param sip SIP part, written only when non-empty
     * @return the payload; the caller owns the buffer
     */
    static ByteBuf write(ByteBufAllocator alloc, List<String> fields, byte[] sip) {
        int[] fieldLengths = new int[fields.size()];
        return write(alloc, fields, fieldLengths, measure(fields, sip, fieldLengths), sip);
    }

    /**
     * Writes a payload that {@link #measure} already measured into a new buffer of exactly its size.
     *
     * @param alloc the allocator
     * @param fields first-line fields
     * @param fieldLengths the UTF-8 length of each field, as measured
     * @param size the payload size, as measured
     * @param sip SIP part, written only when non-empty
     * @return the payload; the caller owns the buffer
     */
    static ByteBuf write(ByteBufAllocator alloc, List<String> fields, int[] fieldLengths, int size, byte[] sip) {
        ByteBuf out = alloc.buffer(size);
        try {
            return writeInto(out, fields, fieldLengths, sip);
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
    }

    /**
     * Writes a payload into a new byte array.
     *
     * @param fields first-line fields
     * @param sip SIP part, written only when non-empty
     * @return the payload bytes
     */
    static byte[] toBytes(List<String> fields, byte[] sip) {
        int[] fieldLengths = new int[fields.size()];
        byte[] bytes = new byte[measure(fields, sip, fieldLengths)];
        writeInto(Unpooled.wrappedBuffer(bytes).writerIndex(0), fields, fieldLengths, sip);
        return bytes;
    }

    /**
     * Measures a payload.
     *
     * @param fields first-line fields
     * @param sip SIP part, counted only when non-empty
     * @param fieldLengths receives the UTF-8 length of each field
     * @return the payload size in bytes
     */
    static int measure(List<String> fields, byte[] sip, int[] fieldLengths) {
        int size = fields.size() - 1;
        for (int i = 0; i < fieldLengths.length; i++) {
            fieldLengths[i] = ByteBufUtil.utf8Bytes(fields.get(i));
            size += fieldLengths[i];
        }
        return sip.length == 0 ? size : size + 2 + sip.length;
    }

    private static ByteBuf writeInto(ByteBuf out, List<String> fields, int[] fieldLengths, byte[] sip) {
        for (int i = 0; i < fieldLengths.length; i++) {
            if (i > 0) {
                out.writeByte('|');
            }
            ByteBufUtil.reserveAndWriteUtf8(out, fields.get(i), fieldLengths[i]);
        }
        if (sip.length > 0) {
            out.writeByte('\r').writeByte('\n').writeBytes(sip);
        }
        return out;
    }
}
