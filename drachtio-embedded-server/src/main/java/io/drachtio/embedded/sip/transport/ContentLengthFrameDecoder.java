package io.drachtio.embedded.sip.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Cuts a SIP byte stream (TCP) into messages, RFC 3261 §18.3: the header block ends at the first empty
 * line, the body is {@code Content-Length} bytes long. Emits each message as a {@code byte[]}; does not
 * parse it otherwise. CR/LF bytes between messages (keep-alives, RFC 5626 §3.5.1) are skipped.
 *
 * <p>A message larger than the limit raises {@link TooLongFrameException}, an unreadable Content-Length a
 * {@link CorruptedFrameException}; both name the reason, and the stream cannot be resynchronised after
 * them: the decoder discards everything that follows and the connection handler closes the connection.
 * A missing Content-Length counts as 0.
 */
public final class ContentLengthFrameDecoder extends ByteToMessageDecoder {

    private static final byte[] CONTENT_LENGTH = "content-length".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final int maxMessageSize;
    private boolean failed;

    /**
     * Creates a decoder.
     *
     * @param maxMessageSize the largest message (headers and body) accepted, in bytes
     */
    public ContentLengthFrameDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeFrame(in, out);
        } catch (DecoderException framingError) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw framingError;
        }
    }

    private void decodeFrame(ByteBuf in, List<Object> out) {
        skipLineBreaks(in);
        if (!in.isReadable()) {
            return;
        }
        int start = in.readerIndex();
        int bodyStart = findBodyStart(in, start, in.writerIndex());
        if (bodyStart < 0) {
            if (in.readableBytes() > maxMessageSize) {
                throw new TooLongFrameException("SIP header block longer than " + maxMessageSize + " bytes");
            }
            return;
        }
        long total = (long) (bodyStart - start) + contentLength(in, start, bodyStart);
        if (total > maxMessageSize) {
            throw new TooLongFrameException("SIP message of " + total + " bytes exceeds the limit of "
                    + maxMessageSize + " bytes");
        }
        if (in.readableBytes() < total) {
            return;
        }
        byte[] frame = new byte[(int) total];
        in.readBytes(frame);
        out.add(frame);
    }

    private static void skipLineBreaks(ByteBuf in) {
        while (in.isReadable()) {
            byte b = in.getByte(in.readerIndex());
            if (b != '\r' && b != '\n') {
                return;
            }
            in.skipBytes(1);
        }
    }

    /** Returns the index just after the empty line ending the headers (CRLFCRLF or LFLF), or -1. */
    private static int findBodyStart(ByteBuf in, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (in.getByte(i) != '\n') {
                continue;
            }
            byte next = in.getByte(i + 1);
            if (next == '\n') {
                return i + 2;
            }
            if (next == '\r' && i + 2 < to && in.getByte(i + 2) == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /** Reads the value of the first Content-Length (or compact {@code l}) header line; 0 when absent. */
    private static long contentLength(ByteBuf in, int from, int to) {
        int lineStart = nextLine(in, from, to);
        while (lineStart < to) {
            int colon = headerValueStart(in, lineStart, to);
            if (colon >= 0) {
                return parseLength(in, colon, to);
            }
            lineStart = nextLine(in, lineStart, to);
        }
        return 0;
    }

    private static int nextLine(ByteBuf in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in.getByte(i) == '\n') {
                return i + 1;
            }
        }
        return to;
    }

    /** When the line at {@code lineStart} is a Content-Length header, returns the index after its colon. */
    private static int headerValueStart(ByteBuf in, int lineStart, int to) {
        int i = lineStart;
        int nameLength = 0;
        while (i < to) {
            byte b = in.getByte(i);
            if (b == ':' || b == ' ' || b == '\t') {
                break;
            }
            i++;
            nameLength++;
        }
        if (!isContentLengthName(in, lineStart, nameLength)) {
            return -1;
        }
        while (i < to && (in.getByte(i) == ' ' || in.getByte(i) == '\t')) {
            i++;
        }
        return i < to && in.getByte(i) == ':' ? i + 1 : -1;
    }

    private static boolean isContentLengthName(ByteBuf in, int start, int length) {
        if (length == 1) {
            return (in.getByte(start) | 0x20) == 'l';
        }
        if (length != CONTENT_LENGTH.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if ((in.getByte(start + k) | 0x20) != CONTENT_LENGTH[k]) {
                return false;
            }
        }
        return true;
    }

    private static long parseLength(ByteBuf in, int from, int to) {
        int i = from;
        while (i < to && (in.getByte(i) == ' ' || in.getByte(i) == '\t')) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < to) {
            byte b = in.getByte(i);
            if (b < '0' || b > '9') {
                break;
            }
            value = value * 10 + (b - '0');
            if (++digits > 10) {
                throw new CorruptedFrameException("Content-Length has more than 10 digits at byte " + (i - in.readerIndex()));
            }
            i++;
        }
        if (digits == 0) {
            throw new CorruptedFrameException("Content-Length is not a number at byte " + (i - in.readerIndex()));
        }
        return value;
    }
}
