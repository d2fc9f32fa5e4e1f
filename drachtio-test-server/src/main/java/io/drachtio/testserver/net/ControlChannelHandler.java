package io.drachtio.testserver.net;

import io.drachtio.testserver.engine.ControlCommandHandler;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.CommandRejectedException;
import io.drachtio.wire.DrachtioProtocolException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a control connection's pipeline: registers the connection, hands each
 * decoded command to the emulated server, answers commands the real server refuses with
 * {@code NO} and closes on framing errors (the real server disconnects without a reply, §3.4).
 */
public final class ControlChannelHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ControlChannelHandler.class);

    private final ControlCommandHandler engine;
    private final boolean outbound;
    private ControlConnection connection;

    /**
     * Creates the handler of one connection.
     *
     * @param engine   the handler of the decoded commands
     * @param outbound {@code true} when the server opened the connection
     */
    public ControlChannelHandler(ControlCommandHandler engine, boolean outbound) {
        this.engine = engine;
        this.outbound = outbound;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connection = engine.connections().open(ctx.channel(), outbound);
        LOG.debug("{} opened", connection.name());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ClientCommand command) {
            engine.onCommand(connection, command);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (connection != null) {
            LOG.debug("{} closed", connection.name());
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof CommandRejectedException rejected && connection != null) {
            LOG.debug("{}: {}", connection.name(), rejected.getMessage());
            engine.onRejected(connection, rejected);
        } else if (cause instanceof DrachtioProtocolException protocol) {
            LOG.debug("{}: protocol error, closing: {}", name(), protocol.getMessage());
            ctx.close();
        } else {
            LOG.warn("{}: closing after an unexpected error", name(), cause);
            ctx.close();
        }
    }

    private String name() {
        return connection == null ? "control connection" : connection.name();
    }
}
