package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Writes each outbound payload {@link ByteBuf} as a frame {@code <decimal byte length>#<payload>}.
 * The payload is not copied: a small prefix buffer and the payload are joined in a composite
 * buffer. An empty payload is refused (the write fails): the zero length is not a valid frame.
 * Stateless; use {@link #INSTANCE}.
 */
@Sharable
public final class FrameEncoder extends MessageToMessageEncoder<ByteBuf> {

    /** The shared instance. */
    public static final FrameEncoder INSTANCE = new FrameEncoder();

    private FrameEncoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ByteBuf payload, List<Object> out) {
        if (!payload.isReadable()) {
            throw new IllegalArgumentException("a frame payload must not be empty");
        }
        ByteBuf prefix = prefix(ctx, payload.readableBytes());
        out.add(ctx.alloc().compositeBuffer(2).addComponents(true, prefix, payload.retain()));
    }

    private static ByteBuf prefix(ChannelHandlerContext ctx, int length) {
        int digits = 1;
        for (int rest = length / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ByteBuf prefix = ctx.alloc().buffer(digits + 1);
        int rest = length;
        for (int i = digits - 1; i >= 0; i--) {
            prefix.setByte(i, '0' + rest % 10);
            rest /= 10;
        }
        return prefix.writerIndex(digits).writeByte('#');
    }
}
