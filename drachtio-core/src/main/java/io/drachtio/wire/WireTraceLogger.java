package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every frame payload going in and out at TRACE on the logger {@value #LOGGER_NAME}, as
 * {@code <channel> IN|OUT <length>#<payload>} with CR and LF escaped and the secret of
 * {@code authenticate} replaced by {@code ****}. When TRACE is off it only checks
 * {@code isTraceEnabled()} and passes messages on. It sits between the frame codec and the message
 * codec (see {@link WirePipeline}), so it sees one payload per frame. Stateless; use
 * {@link #INSTANCE}.
 */
@Sharable
public final class WireTraceLogger extends ChannelDuplexHandler {

    /** Name of the logger all frames are logged on. */
    public static final String LOGGER_NAME = "io.drachtio.wire.trace";

    /** The shared instance. */
    public static final WireTraceLogger INSTANCE = new WireTraceLogger();

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private WireTraceLogger() {
    }

    /**
     * Logs an inbound payload and passes it on.
     *
     * @param ctx the handler context
     * @param msg the message
     */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (LOG.isTraceEnabled() && msg instanceof ByteBuf payload) {
            log(ctx, "IN", payload);
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * Logs an outbound payload and passes it on.
     *
     * @param ctx the handler context
     * @param msg the message
     * @param promise the write promise
     */
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (LOG.isTraceEnabled() && msg instanceof ByteBuf payload) {
            log(ctx, "OUT", payload);
        }
        ctx.write(msg, promise);
    }

    private static void log(ChannelHandlerContext ctx, String direction, ByteBuf payload) {
        LOG.trace("{} {} {}#{}", ctx.channel(), direction, payload.readableBytes(), FrameText.render(payload));
    }
}
