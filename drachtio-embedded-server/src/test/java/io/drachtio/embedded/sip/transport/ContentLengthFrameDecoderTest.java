package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLengthFrameDecoderTest {

    private static final String OPTIONS = "OPTIONS sip:a@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/TCP 127.0.0.1:5061;branch=z9hG4bK1\r\n"
            + "Content-Length: 5\r\n"
            + "\r\n"
            + "hello";
    private static final String COMPACT = "SIP/2.0 200 OK\r\n"
            + "v: SIP/2.0/TCP 127.0.0.1:5061;branch=z9hG4bK1\r\n"
            + "L :  3\r\n"
            + "\r\n"
            + "abc";

    private final EmbeddedChannel channel = new EmbeddedChannel(new ContentLengthFrameDecoder(2048));

    private void write(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    private String read() {
        byte[] frame = channel.readInbound();
        return frame == null ? null : new String(frame, StandardCharsets.UTF_8);
    }

    @Test
    void cutsMessagesByContentLengthAcrossAndWithinReads() {
        String both = OPTIONS + COMPACT;
        write(both.substring(0, 20));
        assertThat(read()).isNull();
        write(both.substring(20, OPTIONS.length() - 2));
        assertThat(read()).isNull();
        write(both.substring(OPTIONS.length() - 2));

        assertThat(read()).isEqualTo(OPTIONS);
        assertThat(read()).isEqualTo(COMPACT);
        assertThat(read()).isNull();
    }

    @Test
    void skipsKeepAliveLineBreaksAndTreatsAMissingContentLengthAsZero() {
        String noLength = "OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK2\r\n\r\n";
        write("\r\n\r\n" + noLength + "\r\n\r\n" + OPTIONS);

        assertThat(read()).isEqualTo(noLength);
        assertThat(read()).isEqualTo(OPTIONS);
    }

    @Test
    void rejectsMessagesLargerThanTheLimit() {
        assertThatThrownBy(() -> write("INVITE sip:a SIP/2.0\r\nContent-Length: 5000\r\n\r\n"))
                .isInstanceOf(TooLongFrameException.class).hasMessageContaining("exceeds the limit of 2048");
        EmbeddedChannel endless = new EmbeddedChannel(new ContentLengthFrameDecoder(1024));
        assertThatThrownBy(() -> endless.writeInbound(Unpooled.wrappedBuffer(new byte[1500])))
                .isInstanceOf(TooLongFrameException.class).hasMessageContaining("header block");
    }

    @Test
    void rejectsAContentLengthThatIsNotANumber() {
        assertThatThrownBy(() -> write("INVITE sip:a SIP/2.0\r\nContent-Length: -1\r\n\r\n"))
                .isInstanceOf(DecoderException.class).isInstanceOf(CorruptedFrameException.class)
                .hasMessageContaining("Content-Length is not a number");
    }
}
