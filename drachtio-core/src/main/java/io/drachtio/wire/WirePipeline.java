package io.drachtio.wire;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import reactor.netty.NettyPipeline;

/**
 * Installs the drachtio wire codec into a pipeline, for either side of the connection. The
 * handlers are added at the end, in this order (socket side first): {@link FrameDecoder},
 * {@link FrameEncoder}, {@link WireTraceLogger} (between the frame and message codecs, so that it
 * logs whole frames rather than socket reads), then the message decoder and encoder of the side.
 * The caller adds its own handler after them, and {@link ProtocolErrorHandler} last. In a Reactor
 * Netty pipeline (installed from {@code doOnChannelInit}) they go in front of its reactive bridge,
 * which Reactor Netty adds before that hook runs and which must stay last.
 */
public final class WirePipeline {

    /** Handler name of the {@link FrameDecoder}. */
    public static final String FRAME_DECODER = "drachtioFrameDecoder";
    /** Handler name of the {@link FrameEncoder}. */
    public static final String FRAME_ENCODER = "drachtioFrameEncoder";
    /** Handler name of the {@link WireTraceLogger}. */
    public static final String TRACE_LOGGER = "drachtioWireTrace";
    /** Handler name of the message decoder. */
    public static final String MESSAGE_DECODER = "drachtioMessageDecoder";
    /** Handler name of the message encoder. */
    public static final String MESSAGE_ENCODER = "drachtioMessageEncoder";

    private WirePipeline() {
    }

    /**
     * Installs the client side: reads {@link ServerMessage}s, writes {@link ClientCommand}s
     * (checked by {@link WireLimits}).
     *
     * @param pipeline the pipeline
     * @param maxFrameLength largest inbound payload accepted, in bytes
     */
    public static void client(ChannelPipeline pipeline, int maxFrameLength) {
        framing(pipeline, maxFrameLength);
        add(pipeline, MESSAGE_DECODER, ServerMessageDecoder.INSTANCE);
        add(pipeline, MESSAGE_ENCODER, ClientCommandEncoder.INSTANCE);
    }

    /**
     * Installs the server side: reads {@link ClientCommand}s (rejections arrive as
     * {@link CommandRejectedException} in {@code exceptionCaught}), writes {@link ServerMessage}s.
     *
     * @param pipeline the pipeline
     * @param maxFrameLength largest inbound payload accepted, in bytes (the real server accepts at
     *     most 5 digits, i.e. 99 999)
     */
    public static void server(ChannelPipeline pipeline, int maxFrameLength) {
        framing(pipeline, maxFrameLength);
        add(pipeline, MESSAGE_DECODER, ClientCommandDecoder.INSTANCE);
        add(pipeline, MESSAGE_ENCODER, ServerMessageEncoder.INSTANCE);
    }

    private static void framing(ChannelPipeline pipeline, int maxFrameLength) {
        add(pipeline, FRAME_DECODER, new FrameDecoder(maxFrameLength));
        add(pipeline, FRAME_ENCODER, FrameEncoder.INSTANCE);
        add(pipeline, TRACE_LOGGER, WireTraceLogger.INSTANCE);
    }

    /**
     * Adds a handler at the end, or in front of Reactor Netty's reactive bridge when there is one.
     *
     * @param pipeline the pipeline
     * @param name the handler name
     * @param handler the handler
     */
    public static void add(ChannelPipeline pipeline, String name, ChannelHandler handler) {
        if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
            pipeline.addBefore(NettyPipeline.ReactiveBridge, name, handler);
        } else {
            pipeline.addLast(name, handler);
        }
    }
}
