package io.drachtio.wire;

import io.netty.channel.ChannelPipeline;

/**
 * Installs the drachtio wire codec into a pipeline, for either side of the connection. The
 * handlers are added at the end, in this order (socket side first): {@link FrameDecoder},
 * {@link FrameEncoder}, {@link WireTraceLogger} (between the frame and message codecs, so that it
 * logs whole frames rather than socket reads), then the message decoder and encoder of the side.
 * The caller adds its own handler after them, and {@link ProtocolErrorHandler} last.
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
        pipeline.addLast(MESSAGE_DECODER, ServerMessageDecoder.INSTANCE);
        pipeline.addLast(MESSAGE_ENCODER, ClientCommandEncoder.INSTANCE);
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
        pipeline.addLast(MESSAGE_DECODER, ClientCommandDecoder.INSTANCE);
        pipeline.addLast(MESSAGE_ENCODER, ServerMessageEncoder.INSTANCE);
    }

    private static void framing(ChannelPipeline pipeline, int maxFrameLength) {
        pipeline.addLast(FRAME_DECODER, new FrameDecoder(maxFrameLength));
        pipeline.addLast(FRAME_ENCODER, FrameEncoder.INSTANCE);
        pipeline.addLast(TRACE_LOGGER, WireTraceLogger.INSTANCE);
    }
}
