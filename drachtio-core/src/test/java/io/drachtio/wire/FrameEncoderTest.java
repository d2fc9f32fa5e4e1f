package io.drachtio.wire;

import static io.drachtio.wire.Framing.text;
import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class FrameEncoderTest {

    @Test
    void prefixesTheUtf8ByteLength() {
        assertThat(text(Framing.frame(utf8("ok|é")))).isEqualTo("5#ok|é");
        assertThat(text(Framing.frame(utf8("a1b2c3d4-0000-4000-8000-00000000000b|ping"))))
                .isEqualTo("41#a1b2c3d4-0000-4000-8000-00000000000b|ping");
        assertThat(text(Framing.frame(new byte[12_345]))).startsWith("12345#");
    }

    @Test
    void joinsPrefixAndPayloadWithoutCopyingThePayload() {
        EmbeddedChannel channel = new EmbeddedChannel(FrameEncoder.INSTANCE);
        ByteBuf payload = Unpooled.wrappedBuffer(utf8("0123456789"));
        channel.writeOutbound(payload);

        CompositeByteBuf frame = channel.readOutbound();
        assertThat(frame.numComponents()).isEqualTo(2);
        payload.array()[0] = 'X';
        assertThat(text(ByteBufUtil.getBytes(frame))).as("the frame shares the payload's memory").isEqualTo("10#X123456789");
        frame.release();
        assertThat(payload.refCnt()).isZero();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void encoderAndDecoderAgree() {
        byte[] payload = utf8("x".repeat(99_999) + "☎");
        assertThat(Framing.decode(Framing.frame(payload))).singleElement().isEqualTo(payload);
    }
}
