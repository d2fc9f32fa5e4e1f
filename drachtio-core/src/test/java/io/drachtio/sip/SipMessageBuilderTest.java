package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building requests and responses, and responses derived from requests. */
class SipMessageBuilderTest {

    @Test
    void requestBuilderWritesOnlyWhatWasGivenPlusContentLength() {
        SipRequest request = SipRequest.builder(SipMethod.OPTIONS, "sip:bob@example.com")
                .header("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1")
                .header("Max-Forwards", "70")
                .header("Call-ID", "abc@192.0.2.1")
                .build();
        assertThat(request.toString()).isEqualTo("OPTIONS sip:bob@example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "Max-Forwards: 70\r\n"
                + "Call-ID: abc@192.0.2.1\r\n"
                + "Content-Length: 0\r\n\r\n");
        assertThat(request.method()).isEqualTo("OPTIONS");
        assertThat(request.topVia().branch()).isEqualTo("z9hG4bK1");
    }

    @Test
    void bodyWithContentTypeSetsBothAndCountsUtf8Bytes() {
        SipRequest request = SipRequest.builder(SipMethod.MESSAGE, "sip:bob@example.com")
                .header("Content-Type", "text/html")
                .header("Content-Length", "999")
                .body("text/plain;charset=UTF-8", "Grüße ☎")
                .build();
        assertThat(request.toString()).isEqualTo("MESSAGE sip:bob@example.com SIP/2.0\r\n"
                + "Content-Type: text/plain;charset=UTF-8\r\n"
                + "Content-Length: 11\r\n\r\nGrüße ☎");
        assertThat(request.contentType().parameter("charset")).isEqualTo("UTF-8");
        assertThat(request.bodyAsString()).isEqualTo("Grüße ☎");
        assertThat(request.body()).hasSize(11);
    }

    @Test
    void responseBuilderUsesTheStandardReasonPhraseUnlessGiven() {
        assertThat(SipResponse.builder(486).build().toString()).isEqualTo("SIP/2.0 486 Busy Here\r\n"
                + "Content-Length: 0\r\n\r\n");
        SipResponse custom = SipResponse.builder(200).reason("Fine").body(new byte[] {1, 2}).build();
        assertThat(custom.reason()).isEqualTo("Fine");
        assertThat(custom.body()).containsExactly(1, 2);
        assertThat(SipResponse.builder(499).build().reason()).isEmpty();
        assertThat(ReasonPhrases.of(183)).isEqualTo("Session Progress");
    }

    @Test
    void forRequestCopiesViaFromToCallIdAndCSeqWithoutInventingATag() {
        SipRequest invite = SipMessageParser.parseRequest(SharedData.message("invite_compact_headers.sip"));
        SipResponse ringing = SipResponse.forRequest(invite, 180);
        assertThat(ringing.toString()).isEqualTo("SIP/2.0 180 Ringing\r\n"
                + "Via: SIP/2.0/UDP 10.1.10.101;branch=z9hG4bKac619477600\r\n"
                + "Via: SIP/2.0/UDP 10.1.10.103;branch=z9hG4bKac6194382828\r\n"
                + "From: \"anonymous\" <sip:anonymous@anonymous.invalid>;tag=1c619456422\r\n"
                + "To: <sip:5753606@10.1.10.1>\r\n"
                + "Call-ID: 619455480112200022407@10.1.10.101\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Content-Length: 0\r\n\r\n");
        assertThat(ringing.to().tag()).isNull();
        SipResponse busy = SipResponse.forRequest(invite, 486, "Busy Now");
        assertThat(busy.reason()).isEqualTo("Busy Now");
        assertThat(SipMessageParser.parseStrict(busy.toBytes())).isInstanceOf(SipResponse.class);
    }

    @Test
    void forRequestKeepsViaValuesOfOneLineTogether() {
        SipRequest request = SipMessageParser.parseRequest("BYE sip:a@b SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP h1;branch=z9hG4bK1, SIP/2.0/UDP h2;branch=z9hG4bK2\r\n"
                + "Via: SIP/2.0/UDP h3;branch=z9hG4bK3\r\n\r\n");
        SipResponse ok = SipResponse.forRequest(request, 200);
        assertThat(ok.vias()).extracting(v -> v.host()).containsExactly("h1", "h2", "h3");
    }

    @Test
    void invalidArgumentsAreRefused() {
        assertThatThrownBy(() -> SipRequest.builder("IN VITE", "sip:a@b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipRequest.builder("INVITE", "sip:a@b c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipResponse.builder(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipResponse.builder(700)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipResponse.builder(200).reason("a\r\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SipResponse.builder(200).header("X", "a\nb")).isInstanceOf(IllegalArgumentException.class);
    }
}
