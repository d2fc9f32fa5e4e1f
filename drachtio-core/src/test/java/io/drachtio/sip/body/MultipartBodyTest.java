package io.drachtio.sip.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.header.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartBodyTest {

    private static final ContentType MIXED = ContentType.parse("multipart/mixed;boundary=boundary1");

    @Test
    void splitsPartsWithTheirHeadersAndIgnoresPreambleAndEpilogue() {
        String body = "preamble\r\n--boundary1\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n"
                + "\r\n--boundary1 \r\nContent-Type: application/resource-lists+xml\r\nContent-Disposition: recipient-list"
                + "\r\n\r\n<list/>\r\n--boundary1--\r\nepilogue";
        MultipartBody multipart = MultipartBody.parse(MIXED, body.getBytes(StandardCharsets.UTF_8));
        assertThat(multipart.boundary()).isEqualTo("boundary1");
        assertThat(multipart.parts()).hasSize(2);
        assertThat(multipart.parts().get(0).contentType().mediaType()).isEqualTo("application/sdp");
        assertThat(new String(multipart.parts().get(0).body(), StandardCharsets.UTF_8)).isEqualTo("v=0\r\n");
        BodyPart second = multipart.parts().get(1);
        assertThat(second.headers().first("Content-Disposition")).isEqualTo("recipient-list");
        assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("<list/>");
    }

    @Test
    void partsWithoutHeadersAndBinaryContent() {
        byte[] binary = {0, '\r', '\n', '-', '-', 'b', 0x7F, (byte) 0xFF};
        byte[] start = "--boundary1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n--boundary1--".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[start.length + binary.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(binary, 0, body, start.length, binary.length);
        System.arraycopy(end, 0, body, start.length + binary.length, end.length);
        BodyPart part = MultipartBody.parse(MIXED, body).parts().get(0);
        assertThat(part.headers().size()).isZero();
        assertThat(part.contentType()).isNull();
        assertThat(part.body()).containsExactly(binary);
    }

    @Test
    void aLongerBoundaryWithTheSamePrefixIsNotADelimiter() {
        String body = "--boundary1\r\n\r\nx\r\n--boundary12\r\ny\r\n--boundary1--";
        assertThat(MultipartBody.parse(MIXED, body.getBytes(StandardCharsets.UTF_8)).parts().get(0).body())
                .isEqualTo("x\r\n--boundary12\r\ny".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedBodiesAreRejected() {
        assertThatThrownBy(() -> MultipartBody.parse(ContentType.parse("multipart/mixed"), new byte[0]))
                .isInstanceOf(SipParseException.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> MultipartBody.parse(MIXED, "no delimiter".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> MultipartBody.parse(MIXED, "--boundary1\r\n\r\nx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SipParseException.class).hasMessageContaining("closing delimiter");
        assertThatThrownBy(() -> MultipartBody.parse(MIXED,
                "--boundary1\r\nContent-Type: a/b\r\n--boundary1--".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SipParseException.class);
    }
}
