package io.drachtio.wire;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a drachtio pipeline: logs an exception that nothing else handled and closes
 * the channel, since a drachtio connection cannot recover from a protocol error. A
 * {@link DrachtioProtocolException} (also when wrapped by Netty) gives one WARN line with its
 * reason and masked frame excerpt, never the secret; an {@link IOException} one WARN line with its
 * message; anything else a WARN line with the stack trace. Errors that arrive after the channel
 * was closed (e.g. more bad frames from the same read) are logged at DEBUG only. Stateless; use
 * {@link #INSTANCE}.
 */
@Sharable
public final class ProtocolErrorHandler extends ChannelInboundHandlerAdapter {

    /** The shared instance. */
    public static final ProtocolErrorHandler INSTANCE = new ProtocolErrorHandler();

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolErrorHandler.class);

    private ProtocolErrorHandler() {
    }

    /**
     * Logs the exception and closes the channel.
     *
     * @param ctx the handler context
     * @param cause the exception
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        DrachtioProtocolException protocolError = find(cause);
        if (!ctx.channel().isOpen()) {
            LOG.debug("error on closed channel {}: {}", ctx.channel(),
                    protocolError != null ? protocolError.getMessage() : cause.toString());
        } else if (protocolError != null) {
            LOG.warn("drachtio protocol error on {}, closing the connection: {}", ctx.channel(),
                    protocolError.getMessage());
        } else if (cause instanceof IOException) {
            LOG.warn("I/O error on {}, closing the connection: {}", ctx.channel(), cause.toString());
        } else {
            LOG.warn("unexpected error on {}, closing the connection", ctx.channel(), cause);
        }
        ctx.close();
    }

    private static DrachtioProtocolException find(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DrachtioProtocolException protocolError) {
                return protocolError;
            }
        }
        return null;
    }
}
