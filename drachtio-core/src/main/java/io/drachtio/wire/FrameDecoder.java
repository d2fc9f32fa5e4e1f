package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Cuts the inbound byte stream into frames {@code <decimal byte length>#<payload>} and emits each
 * payload as a {@link ByteBuf} (a retained slice of the received bytes, no copy; the next handler
 * releases it). A frame may be split anywhere across reads, and one read may carry many frames.
 *
 * <p>The length prefix must be 1 or more ASCII digits without a leading zero, and at most
 * {@code maxFrameLength}. A violation is detected at the first offending byte: a non-digit, a
 * {@code #} without digits, a leading {@code 0} (which also rules out the zero length), or a digit
 * that makes the length exceed the maximum (so an oversize frame is refused while its digits are
 * read, before any of it is buffered). The decoder then passes a {@link FramingException} down the
 * pipeline (via {@code exceptionCaught}, not wrapped in a Netty {@code DecoderException}) and
 * from then on discards everything it receives, so memory stays bounded until the channel is closed
 * (by {@link ProtocolErrorHandler}). Not sharable: one instance per channel.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

    private static final int NO_FRAME = -1;
    private static final int MAX_PREFIX_EXCERPT = 24;

    private final int maxFrameLength;
    private int payloadLength = NO_FRAME;
    private long streamOffset;
    private boolean failed;

    /**
     * Creates a decoder.
     *
     * @param maxFrameLength largest payload accepted, in bytes (e.g.
     *     {@link WireLimits#DEFAULT_MAX_FRAME_LENGTH})
     * @throws IllegalArgumentException when not positive
     */
    public FrameDecoder(int maxFrameLength) {
        if (maxFrameLength <= 0) {
            throw new IllegalArgumentException("maxFrameLength must be positive: " + maxFrameLength);
        }
        this.maxFrameLength = maxFrameLength;
    }

    /**
     * Tells whether a framing error was detected; the decoder then discards all input.
     *
     * @return {@code true} after a {@link FramingException}
     */
    public boolean isFailed() {
        return failed;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (payloadLength == NO_FRAME && !readPrefix(ctx, in)) {
            return;
        }
        if (in.readableBytes() >= payloadLength) {
            out.add(in.readRetainedSlice(payloadLength));
            streamOffset += payloadLength;
            payloadLength = NO_FRAME;
        }
    }

    /**
     * Reads a complete length prefix and the {@code #}, or nothing when the prefix is not complete.
     *
     * @return {@code true} when {@link #payloadLength} is set and the prefix consumed
     */
    private boolean readPrefix(ChannelHandlerContext ctx, ByteBuf in) {
        int start = in.readerIndex();
        long length = 0;
        for (int i = start; i < in.writerIndex(); i++) {
            byte b = in.getByte(i);
            if (b == '#' && i > start) {
                payloadLength = (int) length;
                in.readerIndex(i + 1);
                streamOffset += i + 1 - start;
                return true;
            }
            String problem = b == '#' ? "empty length prefix"
                    : b < '0' || b > '9' ? "non-digit " + byteName(b) + " in length prefix"
                    : i == start && b == '0' ? "length prefix is zero or starts with 0"
                    : null;
            if (problem == null) {
                length = length * 10 + (b - '0');
                if (length > maxFrameLength) {
                    problem = "frame length exceeds the maximum of " + maxFrameLength + " bytes";
                }
            }
            if (problem != null) {
                fail(ctx, in, problem, i);
                return false;
            }
        }
        return false;
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, String problem, int at) {
        int start = in.readerIndex();
        int excerptLength = Math.min(at - start + 1, MAX_PREFIX_EXCERPT);
        String excerpt = FrameText.escape(in.toString(start, excerptLength, StandardCharsets.ISO_8859_1));
        long offset = streamOffset + (at - start);
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(new FramingException(problem, excerpt, offset));
    }

    private static String byteName(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : "0x" + FrameText.hexDigit(b >> 4) + FrameText.hexDigit(b);
    }
}
