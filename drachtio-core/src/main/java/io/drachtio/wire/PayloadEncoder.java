package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Outbound handler turning messages of one type into payload buffers for the {@link FrameEncoder}.
 * A {@link DrachtioProtocolException} while encoding fails the write's promise with that exception
 * (not wrapped) and nothing is written. Other messages pass through.
 *
 * @param <T> the message type handled
 */
abstract class PayloadEncoder<T> extends ChannelOutboundHandlerAdapter {

    private final Class<T> type;

    /**
     * Creates the handler.
     *
     * @param type the message type handled
     */
    PayloadEncoder(Class<T> type) {
        this.type = type;
    }

    /**
     * Encodes a message of the handled type, or passes anything else on.
     *
     * @param ctx the handler context
     * @param msg the message
     * @param promise the write promise
     */
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!type.isInstance(msg)) {
            ctx.write(msg, promise);
            return;
        }
        ByteBuf payload;
        try {
            payload = toPayload(ctx.alloc(), type.cast(msg));
        } catch (DrachtioProtocolException e) {
            promise.setFailure(e);
            return;
        }
        ctx.write(payload, promise);
    }

    /**
     * Encodes one message.
     *
     * @param alloc the channel's allocator
     * @param message the message
     * @return the payload buffer
     * @throws DrachtioProtocolException when the message cannot be sent
     */
    abstract ByteBuf toPayload(ByteBufAllocator alloc, T message);
}
