package io.drachtio.client.internal;

import io.drachtio.wire.ProtocolErrorHandler;
import io.drachtio.wire.WirePipeline;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import reactor.core.publisher.Mono;
import reactor.netty.NettyInbound;

/**
 * Sets up the pipeline of a control connection (inbound or outbound): the client side of the wire
 * codec ({@link WirePipeline#client}) with a {@link FrameSizeObserver} between its frame and message
 * codecs when an observer wants frame sizes, then the {@link SessionHandler}, then the
 * {@link ProtocolErrorHandler} that logs protocol errors (never the secret) and closes the channel.
 * With Reactor Netty these go in front of its reactive bridge, which then never sees a message.
 *
 * <p>Reactor Netty only reads from a channel while its inbound is subscribed (it switches auto-read
 * off until then); {@link #reading} is that subscription. Nothing arrives through it: the
 * {@link SessionHandler} consumes every message before the bridge.
 */
final class ConnectionPipeline {

    /** Name of the protocol error handler. */
    static final String ERRORS = "drachtio.errors";

    private ConnectionPipeline() {
    }

    /**
     * @param channel        a new channel
     * @param maxFrameLength the largest frame accepted from the server
     * @param session        the session that takes the channel's messages
     */
    static void install(Channel channel, int maxFrameLength, Session session) {
        ChannelPipeline pipeline = channel.pipeline();
        WirePipeline.client(pipeline, maxFrameLength);
        if (session.context().observer().active()) {
            pipeline.addAfter(WirePipeline.TRACE_LOGGER, FrameSizeObserver.NAME, new FrameSizeObserver(session));
        }
        WirePipeline.add(pipeline, SessionHandler.NAME, new SessionHandler(session));
        WirePipeline.add(pipeline, ERRORS, ProtocolErrorHandler.INSTANCE);
    }

    /**
     * @param inbound the connection's inbound side
     * @return completes when the connection's inbound ends; subscribe to it to let the channel read
     */
    static Mono<Void> reading(NettyInbound inbound) {
        return inbound.receiveObject().then();
    }
}
