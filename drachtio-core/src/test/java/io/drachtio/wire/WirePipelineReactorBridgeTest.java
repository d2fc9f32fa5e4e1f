package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import reactor.netty.NettyPipeline;

/**
 * In a Reactor Netty pipeline the codec goes in front of the reactive bridge (which Reactor Netty
 * adds before {@code doOnChannelInit} runs); otherwise the bridge would swallow the raw bytes.
 */
class WirePipelineReactorBridgeTest {

    @Test
    void theCodecGoesInFrontOfReactorNettysBridge() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast(NettyPipeline.ReactiveBridge, new ChannelInboundHandlerAdapter());
        WirePipeline.client(channel.pipeline(), 1024);
        WirePipeline.add(channel.pipeline(), "business", new ChannelInboundHandlerAdapter());
        assertThat(channel.pipeline().names()).containsSubsequence(WirePipeline.FRAME_DECODER,
                WirePipeline.FRAME_ENCODER, WirePipeline.TRACE_LOGGER, WirePipeline.MESSAGE_DECODER,
                WirePipeline.MESSAGE_ENCODER, "business", NettyPipeline.ReactiveBridge);
        channel.finishAndReleaseAll();
    }

    @Test
    void withoutABridgeTheCodecGoesLast() {
        EmbeddedChannel channel = new EmbeddedChannel();
        WirePipeline.server(channel.pipeline(), 1024);
        assertThat(channel.pipeline().names()).containsSubsequence(WirePipeline.FRAME_DECODER,
                WirePipeline.MESSAGE_ENCODER);
        assertThat(channel.pipeline().last()).isSameAs(ServerMessageEncoder.INSTANCE);
        channel.finishAndReleaseAll();
    }
}
