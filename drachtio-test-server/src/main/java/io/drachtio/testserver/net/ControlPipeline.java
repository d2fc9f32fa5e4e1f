package io.drachtio.testserver.net;

import io.drachtio.testserver.engine.ControlCommandHandler;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.wire.WirePipeline;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;

/**
 * Sets up the pipeline of a control connection: optional TLS, a pass-through handler for raw
 * writes, the server side of the wire pipeline and the {@link ControlChannelHandler}.
 */
public final class ControlPipeline extends ChannelInitializer<SocketChannel> {

    private final ControlCommandHandler engine;
    private final SslContext sslContext;
    private final int maxFrameLength;
    private final boolean outbound;

    /**
     * Creates the initializer.
     *
     * @param engine         the handler of the decoded commands
     * @param sslContext     TLS context (server side for the listener, client side for outbound
     *                       connections), or {@code null} for plain TCP
     * @param maxFrameLength the largest accepted frame
     * @param outbound       {@code true} for connections the server opens
     */
    public ControlPipeline(ControlCommandHandler engine, SslContext sslContext, int maxFrameLength, boolean outbound) {
        this.engine = engine;
        this.sslContext = sslContext;
        this.maxFrameLength = maxFrameLength;
        this.outbound = outbound;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (sslContext != null) {
            pipeline.addLast("tls", sslContext.newHandler(channel.alloc()));
        }
        pipeline.addLast(ControlConnection.RAW_OUTPUT, new ChannelDuplexHandler());
        WirePipeline.server(pipeline, maxFrameLength);
        pipeline.addLast("testServerCommands", new ControlChannelHandler(engine, outbound));
    }
}
