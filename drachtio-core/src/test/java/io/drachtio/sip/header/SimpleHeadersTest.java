package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CSeq, RAck and Content-Type. */
class SimpleHeadersTest {

    @Test
    void cseq() {
        assertThat(CSeq.parse("314159 INVITE")).isEqualTo(new CSeq(314159, "INVITE"));
        assertThat(CSeq.parse(" 0009  INVITE ")).isEqualTo(new CSeq(9, "INVITE"));
        assertThat(CSeq.parse("4294967295 ACK").number()).isEqualTo(4294967295L);
        assertThat(new CSeq(1, "BYE")).hasToString("1 BYE");
        assertThatThrownBy(() -> CSeq.parse("4294967296 ACK")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> CSeq.parse("one INVITE")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("CSeq number is not a number");
        assertThatThrownBy(() -> CSeq.parse("1INVITE")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> CSeq.parse("1 INVITE extra")).isInstanceOf(SipParseException.class);
    }

    @Test
    void rack() {
        assertThat(RAck.parse("776656 1 INVITE")).isEqualTo(new RAck(776656, 1, "INVITE"));
        assertThat(new RAck(2, 3, "INVITE")).hasToString("2 3 INVITE");
        assertThatThrownBy(() -> RAck.parse("1 INVITE")).isInstanceOf(SipParseException.class);
    }

    @Test
    void contentType() {
        ContentType type = ContentType.parse("Multipart/Mixed ; boundary=\"unique boundary\";charset=utf-8");
        assertThat(type.type()).isEqualTo("Multipart");
        assertThat(type.subtype()).isEqualTo("Mixed");
        assertThat(type.mediaType()).isEqualTo("multipart/mixed");
        assertThat(type.isMultipart()).isTrue();
        assertThat(type.parameter("Boundary")).isEqualTo("unique boundary");
        assertThat(type.parameters()).hasSize(2);
        assertThat(type).hasToString("Multipart/Mixed;boundary=\"unique boundary\";charset=utf-8");
        assertThat(ContentType.parse("application/sdp").parameters()).isEmpty();
        assertThatThrownBy(() -> ContentType.parse("application")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> ContentType.parse("application/sdp;")).isInstanceOf(SipParseException.class);
    }

    /** The array {@code [value]} with one junk byte on each side, so that offsets are exercised. */
    private static byte[] padded(String value) {
        return ("#" + value + "#").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void utf8ByteOverloadsReadTheRangeOnly() {
        assertThat(CSeq.parse(padded("101 BYE"), 1, 7)).isEqualTo(new CSeq(101, "BYE"));
        assertThat(RAck.parse(padded("1 2 INVITE"), 1, 10)).isEqualTo(new RAck(1, 2, "INVITE"));
        ContentType type = ContentType.parse(padded("text/plain;charset=\"utf-8\""), 1, 26);
        assertThat(type.mediaType()).isEqualTo("text/plain");
        assertThat(type.parameter("charset")).isEqualTo("utf-8");
        assertThatThrownBy(() -> CSeq.parse(padded("101 BYE"), 1, 8)).isInstanceOf(SipParseException.class)
                .hasMessage("Invalid CSeq at position 7: unexpected character '#'");
        assertThatThrownBy(() -> ContentType.parse(padded("text"), 1, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
