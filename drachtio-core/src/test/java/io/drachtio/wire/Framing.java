package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: runs bytes through a real {@link FrameDecoder} or {@link FrameEncoder} in an
 * {@link EmbeddedChannel} and checks that every buffer involved is released.
 */
final class Framing {

    private Framing() {
    }

    /**
     * Decodes a byte stream delivered in chunks cut at the given positions.
     *
     * @param stream the bytes
     * @param cuts ascending positions where one write ends and the next begins
     * @return the payloads
     */
    static List<byte[]> decode(byte[] stream, int... cuts) {
        List<ByteBuf> chunks = new ArrayList<>(cuts.length + 1);
        int start = 0;
        for (int cut : cuts) {
            chunks.add(Unpooled.wrappedBuffer(stream, start, cut - start));
            start = cut;
        }
        chunks.add(Unpooled.wrappedBuffer(stream, start, stream.length - start));
        return decode(chunks);
    }

    /**
     * Decodes a byte stream written one byte at a time.
     *
     * @param stream the bytes
     * @return the payloads
     */
    static List<byte[]> decodeByteByByte(byte[] stream) {
        List<ByteBuf> chunks = new ArrayList<>(stream.length);
        for (int i = 0; i < stream.length; i++) {
            chunks.add(Unpooled.wrappedBuffer(stream, i, 1));
        }
        return decode(chunks);
    }

    /**
     * Writes chunks into a channel with a frame decoder (1 MiB limit), collects and releases the
     * payloads, and asserts that every chunk was released.
     *
     * @param chunks the writes
     * @return the payloads
     */
    static List<byte[]> decode(List<ByteBuf> chunks) {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(WireLimits.DEFAULT_MAX_FRAME_LENGTH));
        for (ByteBuf chunk : chunks) {
            channel.writeInbound(chunk);
        }
        List<byte[]> payloads = readPayloads(channel);
        channel.finishAndReleaseAll();
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.refCnt()).isZero());
        return payloads;
    }

    /**
     * Reads and releases all inbound buffers of a channel.
     *
     * @param channel the channel
     * @return their bytes
     */
    static List<byte[]> readPayloads(EmbeddedChannel channel) {
        List<byte[]> payloads = new ArrayList<>();
        for (ByteBuf payload = channel.readInbound(); payload != null; payload = channel.readInbound()) {
            payloads.add(ByteBufUtil.getBytes(payload));
            payload.release();
        }
        return payloads;
    }

    /**
     * Frames a payload with a real {@link FrameEncoder}.
     *
     * @param payload the payload
     * @return the frame bytes
     */
    static byte[] frame(byte[] payload) {
        EmbeddedChannel channel = new EmbeddedChannel(FrameEncoder.INSTANCE);
        channel.writeOutbound(Unpooled.wrappedBuffer(payload));
        ByteBuf frame = channel.readOutbound();
        byte[] bytes = ByteBufUtil.getBytes(frame);
        frame.release();
        channel.finishAndReleaseAll();
        return bytes;
    }

    /**
     * Encodes text as UTF-8.
     *
     * @param text the text
     * @return its bytes
     */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes UTF-8 bytes.
     *
     * @param bytes the bytes
     * @return the text
     */
    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
