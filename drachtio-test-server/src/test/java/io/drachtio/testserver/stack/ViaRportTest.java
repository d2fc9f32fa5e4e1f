package io.drachtio.testserver.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stack's re-encoding of the top Via of a received request (§6.2.1). */
class ViaRportTest {

    @Test
    void rportIsAppendedToTheFirstValueOfTheTopVia() {
        assertThat(apply("INVITE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h:5161;branch=z9hG4bK1 \r\n"
                + "Via: SIP/2.0/UDP other;branch=z9hG4bK0\r\n\r\n", 5161))
                .isEqualTo("INVITE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h:5161;branch=z9hG4bK1;rport=5161 \r\n"
                        + "Via: SIP/2.0/UDP other;branch=z9hG4bK0\r\n\r\n");
        assertThat(apply("OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1, SIP/2.0/UDP g\r\n\r\n", 9))
                .contains("v: SIP/2.0/UDP h;branch=z9hG4bK1;rport=9, SIP/2.0/UDP g");
    }

    @Test
    void aValuelessRportGetsTheValueAndAValuedOneIsKept() {
        assertThat(apply("BYE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;rport;branch=z9hG4bK1\r\n\r\n", 7))
                .contains("Via: SIP/2.0/UDP h;rport=7;branch=z9hG4bK1");
        String withValue = "BYE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;rport=5;branch=z9hG4bK1\r\n\r\n";
        assertThat(apply(withValue, 7)).isEqualTo(withValue);
        String rportish = "BYE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;rportx;branch=z9hG4bK1\r\n\r\n";
        assertThat(apply(rportish, 7)).contains(";branch=z9hG4bK1;rport=7");
    }

    @Test
    void aRequestWithoutViaIsLeftAlone() {
        String noVia = "BYE sip:a@b SIP/2.0\r\nTo: <sip:a@b>\r\n\r\nVia: in the body\r\n";
        assertThat(apply(noVia, 7)).isEqualTo(noVia);
    }

    private static String apply(String request, int port) {
        return new String(ViaRport.apply(request.getBytes(StandardCharsets.UTF_8), port), StandardCharsets.UTF_8);
    }
}
