package io.drachtio.client.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Reports every frame to {@link io.drachtio.client.ClientObserver#frameReceived} and
 * {@link io.drachtio.client.ClientObserver#frameSent}. Sits between the frame codec and the message
 * codec, where each message is one payload buffer; the size reported includes the length prefix
 * ({@code <digits>#}). Installed only when an observer is configured.
 */
final class FrameSizeObserver extends ChannelDuplexHandler {

    /** The handler's name in the pipeline. */
    static final String NAME = "drachtio.frameSizes";

    private final Session session;

    FrameSizeObserver(Session session) {
        this.session = session;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf payload) {
            int bytes = frameSize(payload.readableBytes());
            session.context().observer().notify(o -> o.frameReceived(session.name(), bytes));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf payload) {
            int bytes = frameSize(payload.readableBytes());
            session.context().observer().notify(o -> o.frameSent(session.name(), bytes));
        }
        ctx.write(msg, promise);
    }

    /** @return the size of a frame with a payload of that many bytes: digits, {@code #}, payload */
    static int frameSize(int payloadBytes) {
        return Integer.toString(payloadBytes).length() + 1 + payloadBytes;
    }
}
