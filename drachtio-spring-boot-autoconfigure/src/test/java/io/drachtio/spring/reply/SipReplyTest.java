package io.drachtio.spring.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SipReplyTest {

    private static SipRequest invite() throws Exception {
        return SipMessageParser.parseRequest(Files.readAllBytes(Path.of(
                System.getProperty("drachtio.shared.dir", "../shared"), "data", "messages", "invite_sdp.sip")));
    }

    @Test
    void factoriesAndCopies() {
        SipReply ok = SipReply.ok();
        SipReply busy = SipReply.status(486, "Busy Here").header("Retry-After", "30");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.reason()).isNull();
        assertThat(ok.headers()).isEmpty();
        assertThat(ok.body()).isEmpty();
        assertThat(busy.reason()).isEqualTo("Busy Here");
        assertThat(busy.headers()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Retry-After");
            assertThat(h.value()).isEqualTo("30");
        });
        SipReply withBody = ok.body("application/sdp", "v=0\r\n");
        assertThat(withBody.headers()).extracting(h -> h.name()).containsExactly("Content-Type");
        assertThat(new String(withBody.body(), StandardCharsets.UTF_8)).isEqualTo("v=0\r\n");
        assertThat(ok.headers()).as("copies leave the original alone").isEmpty();
        assertThat(withBody.reason("Fine").reason()).isEqualTo("Fine");
    }

    @Test
    void refusesInvalidValues() {
        assertThatThrownBy(() -> SipReply.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipReply.status(700)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipReply.status(200, "OK\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR or LF");
    }

    @Test
    void appliesHeadersAndBodyToAResponseBuiltFromTheRequest() throws Exception {
        SipResponse response = SipResponse.forRequest(invite(), 200);
        SipReply.ok().header("X-App", "1").body("application/sdp", "v=0\r\n").applyTo(response);
        assertThat(response.header("X-App")).isEqualTo("1");
        assertThat(response.header("Content-Type")).isEqualTo("application/sdp");
        assertThat(response.bodyAsString()).isEqualTo("v=0\r\n");
        assertThat(response.toString()).contains("Content-Length: 5");
    }
}
