package io.drachtio.client.internal;

import io.drachtio.wire.ServerMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/**
 * The last business handler of a connection's pipeline: hands every decoded {@link ServerMessage} to
 * its {@link Session}, tells it when the channel closes, and remembers why (the first error) before
 * passing errors on to the protocol error handler that logs them and closes the channel.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {

    /** The handler's name in the pipeline. */
    static final String NAME = "drachtio.session";

    private final Session session;

    SessionHandler(Session session) {
        this.session = session;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ServerMessage message) {
            session.onMessage(message);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.onClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        session.recordError(cause);
        ctx.fireExceptionCaught(cause);
    }
}
