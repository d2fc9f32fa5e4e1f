package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Framing: where messages start and end, and the typed errors for what cannot be framed. */
class SipMessageParserTest {

    private static final String OPTIONS = "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n"
            + "To: <sip:a@b>\r\nFrom: <sip:c@d>;tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\nContent-Length: 2\r\n\r\nhi";

    private static SipParseException error(String text) {
        try {
            SipMessageParser.parse(text);
        } catch (SipParseException e) {
            return e;
        }
        throw new AssertionError("no SipParseException for: " + text);
    }

    @Test
    void parsesAMessageInsideALargerArray() {
        byte[] padded = ("garbage" + OPTIONS + "trailing").getBytes(StandardCharsets.UTF_8);
        SipRequest request = SipMessageParser.parseRequest(padded, 7, padded.length - 7);
        assertThat(request.method()).isEqualTo("OPTIONS");
        assertThat(request.bodyAsString()).isEqualTo("hi");
        assertThat(new String(request.toBytes(), StandardCharsets.UTF_8)).isEqualTo(OPTIONS);
    }

    @Test
    void leadingEmptyLinesAreSkipped() {
        SipMessage message = SipMessageParser.parse("\r\n\r\n" + OPTIONS);
        assertThat(message.toString()).isEqualTo(OPTIONS);
    }

    @Test
    void bareLineFeedsAreAccepted() {
        SipMessage message = SipMessageParser.parse(OPTIONS.replace("\r\n", "\n"));
        assertThat(message.callId()).isEqualTo("x");
        assertThat(message.bodyAsString()).isEqualTo("hi");
    }

    @Test
    void responseStatusLine() {
        SipResponse response = SipMessageParser.parseResponse("SIP/2.0 486 Busy Here\r\n\r\n");
        assertThat(response.status()).isEqualTo(486);
        assertThat(response.reason()).isEqualTo("Busy Here");
        assertThat(response.sipVersion()).isEqualTo("SIP/2.0");
        assertThat(response.isResponse()).isTrue();
        assertThat(SipMessageParser.parseResponse("SIP/2.0 100\r\n\r\n").reason()).isEmpty();
    }

    @Test
    void framingErrorsCarryTheByteOffset() {
        assertThat(error("").reason()).isEqualTo("no start line");
        assertThat(error("\r\n\r\n").reason()).isEqualTo("no start line");
        assertThat(error("OPTIONS sip:a@b SIP/2.0").reason()).contains("start line is not terminated");
        assertThat(error("OPTIONS sip:a@b SIP/2.0\r\nTo: x\r\n").reason()).contains("not terminated by an empty line");
        SipParseException noColon = error("OPTIONS sip:a@b SIP/2.0\r\nTo: x\r\nBroken line\r\n\r\n");
        assertThat(noColon.offset()).isEqualTo(32);
        assertThat(noColon).hasMessage("Invalid SIP message at byte 32: header line without a colon");
        assertThat(error("OPTIONS sip:a@b SIP/2.0\r\n continued: x\r\n\r\n").reason()).contains("continuation line");
        assertThat(error("OPTIONS sip:a@b SIP/2.0\r\n: x\r\n\r\n").reason()).isEqualTo("empty header name");
        assertThat(error("OPTIONS sip:a@b\r\n\r\n").reason()).contains("method, a Request-URI and a version");
        assertThat(error(" sip:a@b SIP/2.0\r\n\r\n").reason()).isEqualTo("method expected");
        assertThat(error("SIP/2.0 20 OK\r\n\r\n").reason()).contains("three digits");
        assertThat(error("SIP/2.0 2000 OK\r\n\r\n").reason()).contains("three digits");
        assertThat(error("SIP/2.0 099 OK\r\n\r\n").reason()).contains("three digits");
        assertThat(error("SIP/2.0\r\n\r\n").reason()).isEqualTo("status code expected");
    }

    @Test
    void contentLengthMustFrameTheBody() {
        String head = "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: ";
        assertThat(error(head + "3\r\n\r\nhi").reason()).isEqualTo("Content-Length 3 exceeds the 2 bytes available");
        assertThat(error(head + "-1\r\n\r\n").reason()).isEqualTo("Content-Length is not a number");
        assertThat(error(head + "1 2\r\n\r\nab").reason()).isEqualTo("Content-Length is not a number");
        assertThat(error(head + "\r\n\r\n").reason()).isEqualTo("Content-Length is not a number");
        assertThat(error(head + "99999999999999999999\r\n\r\n").reason()).isEqualTo("Content-Length is too large");
        assertThat(error(head + "3\r\n\r\nhi").offset()).isEqualTo(41);
    }

    @Test
    void expectedKindIsChecked() {
        assertThatThrownBy(() -> SipMessageParser.parseRequest("SIP/2.0 200 OK\r\n\r\n"))
                .isInstanceOf(SipParseException.class).hasMessageContaining("a request was expected");
        assertThatThrownBy(() -> SipMessageParser.parseResponse(OPTIONS))
                .isInstanceOf(SipParseException.class).hasMessageContaining("a response was expected");
    }

    @Test
    void strictParsingRejectsWhatLenientParsingAccepts() {
        String sloppy = OPTIONS.replace("OPTIONS sip:a@b SIP/2.0", "OPTIONS  sip:a@b SIP/2.0 ");
        assertThat(SipMessageParser.parse(sloppy)).isInstanceOf(SipRequest.class);
        assertThatThrownBy(() -> SipMessageParser.parseStrict(sloppy)).isInstanceOf(SipParseException.class);
        assertThat(SipMessageParser.parseStrict(OPTIONS)).isInstanceOf(SipRequest.class);
        String badCallId = OPTIONS.replace("Call-ID: x", "Call-ID: a b");
        assertThatThrownBy(() -> SipMessageParser.parseStrict(badCallId)).hasMessageContaining("Call-ID");
        String bigCseq = OPTIONS.replace("CSeq: 1 OPTIONS", "CSeq: 2147483648 OPTIONS");
        assertThatThrownBy(() -> SipMessageParser.parseStrict(bigCseq)).hasMessageContaining("less than 2^31");
        String maxForwards = OPTIONS.replace("Call-ID: x", "Call-ID: x\r\nMax-Forwards: 256");
        assertThatThrownBy(() -> SipMessageParser.parseStrict(maxForwards)).hasMessageContaining("larger than 255");
        String noVia = OPTIONS.replace("Via: SIP/2.0/UDP h;branch=z9hG4bK1\r\n", "");
        assertThatThrownBy(() -> SipMessageParser.parseStrict(noVia)).hasMessageContaining("Via header is missing");
        String badName = OPTIONS.replace("Call-ID: x", "Call-ID: x\r\nBad<Name: y");
        assertThatThrownBy(() -> SipMessageParser.parseStrict(badName)).hasMessageContaining("is not a token");
        String goodDate = OPTIONS.replace("Call-ID: x", "Call-ID: x\r\nDate: Sat, 13 Nov 2010 23:29:00 GMT");
        assertThat(SipMessageParser.parseStrict(goodDate)).isNotNull();
    }

    @Test
    void rfc4475BaddnIsRejectedForItsDisplayNameOnceFramed() {
        byte[] baddn = SharedData.tortureCases().stream().filter(c -> c.name().equals("baddn")).findFirst()
                .orElseThrow().bytes();
        String framed = new String(baddn, StandardCharsets.UTF_8) + "\r\n";
        assertThatThrownBy(() -> SipMessageParser.parseStrict(framed)).isInstanceOf(SipParseException.class)
                .hasMessageContaining("character not allowed in an unquoted display name");
    }
}
