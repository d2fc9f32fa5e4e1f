package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Inbound handler turning payload buffers from the {@link FrameDecoder} into messages. Each payload
 * is released after parsing, whatever the outcome. A {@link DrachtioProtocolException} is passed
 * down the pipeline with {@code fireExceptionCaught} as it is (not wrapped in a Netty
 * {@code DecoderException}). Other messages pass through.
 *
 * @param <T> the message type produced
 */
abstract class PayloadDecoder<T> extends ChannelInboundHandlerAdapter {

    /**
     * Parses a payload buffer, or passes anything else on.
     *
     * @param ctx the handler context
     * @param msg the message
     */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf payload)) {
            ctx.fireChannelRead(msg);
            return;
        }
        T message;
        try {
            message = parse(payload);
        } catch (DrachtioProtocolException e) {
            ctx.fireExceptionCaught(e);
            return;
        } finally {
            payload.release();
        }
        ctx.fireChannelRead(message);
    }

    /**
     * Parses one payload without releasing it.
     *
     * @param payload the payload
     * @return the message
     * @throws DrachtioProtocolException when the payload is malformed
     */
    abstract T parse(ByteBuf payload);
}
