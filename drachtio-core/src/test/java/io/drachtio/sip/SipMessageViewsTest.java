package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.RAck;
import io.drachtio.sip.uri.SipUri;
import org.junit.jupiter.api.Test;

/** The typed views of a message that the shared samples do not reach. */
class SipMessageViewsTest {

    private static SipRequest request(String headers) {
        return SipMessageParser.parseRequest("PRACK sip:bob@192.0.2.4 SIP/2.0\r\n" + headers + "\r\n");
    }

    @Test
    void prackAcknowledgement() {
        SipRequest prack = request("RAck: 776656 1 INVITE\r\nCSeq: 2 PRACK\r\n");
        assertThat(prack.rack()).isEqualTo(new RAck(776656, 1, "INVITE"));
        assertThat(prack.rseq()).isNull();
    }

    @Test
    void registrationHeaders() {
        SipRequest register = request("Contact: *\r\nExpires: 0\r\nMax-Forwards: 70\r\n");
        assertThat(register.contacts()).singleElement().satisfies(c -> assertThat(c.isWildcard()).isTrue());
        assertThat(register.expires()).isZero();
        assertThat(register.maxForwards()).isEqualTo(70);
        assertThat(request("Expires: 4294967295\r\n").expires()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> request("Expires: 4294967296\r\n").expires()).isInstanceOf(SipParseException.class)
                .hasMessageContaining("Expires is out of range");
        assertThatThrownBy(() -> request("Max-Forwards: ten\r\n").maxForwards()).isInstanceOf(SipParseException.class);
    }

    @Test
    void referAndAssertedIdentities() {
        SipRequest refer = request("Refer-To: <sip:carol@cleveland.example.org?Replaces=12345%40192.168.118.3>\r\n"
                + "P-Asserted-Identity: \"Cullen Jennings\" <sip:fluffy@cisco.example.com>, <tel:+14085264000>\r\n");
        SipUri target = (SipUri) refer.referTo().uri();
        assertThat(target.headers()).containsEntry("Replaces", "12345@192.168.118.3");
        assertThat(refer.pAssertedIdentities()).extracting(NameAddress::displayName)
                .containsExactly("Cullen Jennings", null);
        assertThat(refer.pAssertedIdentities().get(1).uri().scheme()).isEqualTo("tel");
    }

    @Test
    void absentHeadersGiveNullOrEmptyViews() {
        SipRequest bare = request("");
        assertThat(bare.callId()).isNull();
        assertThat(bare.cseq()).isNull();
        assertThat(bare.from()).isNull();
        assertThat(bare.topVia()).isNull();
        assertThat(bare.vias()).isEmpty();
        assertThat(bare.contacts()).isEmpty();
        assertThat(bare.routes()).isEmpty();
        assertThat(bare.contentType()).isNull();
        assertThat(bare.multipartBody()).isNull();
        assertThat(bare.wwwAuthenticate()).isEmpty();
        assertThat(bare.proxyAuthorization()).isNull();
        assertThat(bare.body()).isEmpty();
        assertThat(bare.bodyAsString()).isEmpty();
    }

    @Test
    void malformedHeadersFailWhenTheirViewIsRead() {
        SipRequest broken = request("CSeq: x PRACK\r\nFrom: \"open <sip:a@b>\r\nContent-Type: text\r\n");
        assertThat(broken.header("CSeq")).isEqualTo("x PRACK");
        assertThatThrownBy(broken::cseq).isInstanceOf(SipParseException.class)
                .hasMessage("Invalid CSeq at position 0: CSeq number is not a number");
        assertThatThrownBy(broken::from).isInstanceOf(SipParseException.class)
                .hasMessageContaining("From").hasMessageContaining("unterminated quoted string");
        assertThatThrownBy(broken::contentType).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> SipMessageParser.parseRequest("X <y SIP/2.0\r\n\r\n").uri())
                .isInstanceOf(SipParseException.class).hasMessageContaining("Request-URI");
    }
}
