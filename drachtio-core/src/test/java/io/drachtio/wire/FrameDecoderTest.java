package io.drachtio.wire;

import static io.drachtio.wire.Framing.text;
import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameDecoderTest {

    @Test
    void cutsFramesAndCountsBytesNotCharacters() {
        List<byte[]> payloads = Framing.decode(utf8("5#ok|é41#a1b2c3d4-0000-4000-8000-00000000000b|ping"));

        assertThat(payloads).extracting(Framing::text)
                .containsExactly("ok|é", "a1b2c3d4-0000-4000-8000-00000000000b|ping");
    }

    @Test
    void reassemblesFramesSplitInsideDigitsAndInsideMultiByteCharacters() {
        byte[] stream = utf8("12#☎☎☎|ab10#0123456789");
        // cut inside the digits "12", inside the 3-byte '☎' and inside "10"
        assertThat(Framing.decode(stream, 1, 5, 15)).extracting(Framing::text).containsExactly("☎☎☎|ab", "0123456789");
    }

    @Test
    void emitsARetainedSliceOfTheReceivedBytes() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(100));
        ByteBuf input = Unpooled.wrappedBuffer(utf8("5#hello"));
        channel.writeInbound(input);

        ByteBuf payload = channel.readInbound();
        assertThat(payload.unwrap()).as("a derived buffer, not a copy").isSameAs(input);
        assertThat(text(io.netty.buffer.ByteBufUtil.getBytes(payload))).isEqualTo("hello");
        payload.release();
        assertThat(channel.finishAndReleaseAll()).isFalse();
        assertThat(input.refCnt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "'#hello';                 empty length prefix; 0",
        "'12x#hello';              non-digit 'x' in length prefix; 2",
        "' 5#hello';               non-digit ' ' in length prefix; 0",
        "'-5#hello';               non-digit '-' in length prefix; 0",
        "'0#';                     length prefix is zero or starts with 0; 0",
        "'05#hello';               length prefix is zero or starts with 0; 0",
        "'5#hello\r\n5#hello';     non-digit 0x0d in length prefix; 7",
        "'5#hello12x#';            non-digit 'x' in length prefix; 9",
    })
    void refusesMalformedLengthPrefixes(String input, String reason, long offset) {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(100));

        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(utf8(input))))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((FramingException) e).streamOffset()).isEqualTo(offset));
        Framing.readPayloads(channel);
        channel.finishAndReleaseAll();
    }

    @Test
    void deliversTheFramesBeforeTheErrorThenDiscardsEverything() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(100));
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(utf8("5#hello3#abcX#zzz"))))
                .isInstanceOf(FramingException.class);
        assertThat(Framing.readPayloads(channel)).extracting(Framing::text).containsExactly("hello", "abc");

        ByteBuf later = Unpooled.wrappedBuffer(utf8("5#hello"));
        channel.writeInbound(later);
        assertThat(Framing.readPayloads(channel)).isEmpty();
        assertThat(later.refCnt()).as("discarded input is released").isZero();
        channel.finishAndReleaseAll();
    }

    @Test
    void refusesAnOversizeFrameWhileReadingItsDigits() {
        FrameDecoder decoder = new FrameDecoder(1000);
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        channel.writeInbound(Unpooled.wrappedBuffer(utf8("100")));
        assertThat(decoder.isFailed()).isFalse();

        // the 5th digit makes it 10 000 > 1 000: refused before any '#' or payload byte arrived
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(utf8("00"))))
                .isInstanceOf(FramingException.class)
                .hasMessageContaining("exceeds the maximum of 1000 bytes at stream offset 4");
        assertThat(decoder.isFailed()).isTrue();
        channel.finishAndReleaseAll();
    }

    @Test
    void neverBuffersAnOversizeFrameAndStaysBoundedAfterwards() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(WireLimits.DEFAULT_MAX_FRAME_LENGTH));
        List<ByteBuf> writes = new ArrayList<>();
        writes.add(Unpooled.wrappedBuffer(utf8("999999999#")));
        for (int i = 0; i < 64; i++) {
            writes.add(Unpooled.wrappedBuffer(new byte[64 * 1024]));
        }
        for (ByteBuf write : writes) {
            channel.pipeline().fireChannelRead(write);
        }

        assertThatThrownBy(channel::checkException).isInstanceOf(FramingException.class);
        assertThat(writes).as("every received byte was released at once").allSatisfy(buffer -> assertThat(buffer.refCnt()).isZero());
        assertThat(channel.finishAndReleaseAll()).as("nothing was emitted").isFalse();
    }

    @Test
    void protocolErrorHandlerClosesTheChannel() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(100), ProtocolErrorHandler.INSTANCE);
        channel.writeInbound(Unpooled.wrappedBuffer(utf8("abc")));

        assertThat(channel.isOpen()).isFalse();
        channel.checkException();
    }

    @Test
    void refusesANonPositiveMaximum() {
        assertThatThrownBy(() -> new FrameDecoder(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
