package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SharedData.NamedBytes;
import io.drachtio.sip.body.MultipartBody;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.TelUri;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realistic messages of data/messages and every SIP message the real drachtio-server delivered
 * in the wire traces: they parse (lenient and strict) and serialise back to exactly their bytes.
 */
class SharedMessagesTest {

    static List<NamedBytes> messages() {
        return SharedData.messages();
    }

    static List<NamedBytes> traceMessages() {
        return SharedData.wireTraceMessages();
    }

    @Test
    void theSharedFoldersHoldTheExpectedMessages() {
        assertThat(messages()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(traceMessages()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"messages", "traceMessages"})
    void parsesStrictlyAndRoundTripsByteExact(NamedBytes message) {
        SipMessage lenient = SipMessageParser.parse(message.bytes());
        SipMessage strict = SipMessageParser.parseStrict(message.bytes());
        assertThat(lenient.toBytes()).isEqualTo(message.bytes());
        assertThat(strict.toBytes()).isEqualTo(message.bytes());
        assertThat(strict.callId()).isNotBlank();
        assertThat(strict.topVia().branch()).startsWith("z9hG4bK");
        assertThat(strict.vias().get(0).toString()).isEqualTo(strict.topVia().toString());
        assertThat(strict.headers().size()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"messages", "traceMessages"})
    void aChangedHeaderKeepsEveryOtherLineByteExact(NamedBytes message) {
        SipMessage parsed = SipMessageParser.parse(message.bytes());
        parsed.headers().add("X-Test", "added");
        String original = new String(message.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        String text = parsed.toString();
        int headerEnd = original.indexOf("\r\n\r\n") + 2;
        assertThat(text).isEqualTo(original.substring(0, headerEnd) + "X-Test: added\r\n" + original.substring(headerEnd));
        assertThat(parsed.headers().remove("X-Test")).isTrue();
        assertThat(parsed.toBytes()).isEqualTo(message.bytes());
    }

    @Test
    void inviteWithSdp() {
        SipRequest invite = SipMessageParser.parseRequest(SharedData.message("invite_sdp.sip"));
        assertThat(invite.method()).isEqualTo(SipMethod.INVITE);
        assertThat(invite.contentType().mediaType()).isEqualTo("application/sdp");
        assertThat(invite.bodyAsString()).startsWith("v=0\r\n").hasSize(189);
        assertThat(invite.headerValues("Supported")).containsExactly("replaces", "100rel");
        assertThat(invite.from().displayName()).isNotNull();
    }

    @Test
    void okWithViaListOnOneLineAndRecordRouteList() {
        SipResponse ok = SipMessageParser.parseResponse(SharedData.message("200_ok_sdp_via_list_one_line.sip"));
        assertThat(ok.headers().all("Via")).hasSize(1);
        assertThat(ok.headerValues("Via")).hasSize(2);
        assertThat(ok.vias()).extracting(Via::host).containsExactly("01.002.00001.p25dr", "02.002.00001.p25dr");
        assertThat(ok.recordRoutes()).extracting(r -> ((SipUri) r.uri()).host())
                .containsExactly("03.002.00001.p25dr", "01.002.00001.p25dr");
        assertThat(ok.contentType().parameter("level")).isEqualTo("1");
        assertThat(ok.headerValues("Timestamp")).containsExactly("1154567665687");
    }

    @Test
    void redirectWithFiveContacts() {
        SipResponse redirect = SipMessageParser.parseResponse(SharedData.message("302_multiple_contacts.sip"));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.reason()).isEqualTo("Moved temporarily");
        assertThat(redirect.contacts()).extracting(c -> c.parameter("q"))
                .containsExactly("0.5", "0.33", null, "0.17", "1.0");
        assertThat(redirect.topVia().hasRport()).isTrue();
        assertThat(redirect.topVia().rport()).isNull();
        assertThat(((SipUri) redirect.contacts().get(0).uri()).transport()).isEqualTo("udp");
    }

    @Test
    void carrierInviteWithAssertedIdentityAndDiversion() {
        SipRequest invite = SipMessageParser.parseRequest(SharedData.message("invite_diversion_pai_sdp.sip"));
        assertThat(invite.header("P-Asserted-Identity")).isEqualTo("<sip:09582369046@10.60.65.26;user=phone>");
        assertThat(invite.pAssertedIdentities()).hasSize(1);
        assertThat(invite.headerValues("Diversion")).hasSize(2);
        NameAddress diversion = NameAddress.parse(invite.headerValues("Diversion").get(1));
        assertThat(diversion.uri()).isInstanceOf(TelUri.class);
        assertThat(diversion.parameter("screen")).isEqualTo("yes");
        assertThat(invite.headerValues("Allow")).hasSize(12).contains("PRACK");
        assertThat(invite.header("Session-Expires")).isEqualTo("1350");
        assertThat(invite.to().displayName()).isEqualTo("00911206930000");
        assertThat(invite.contacts().get(0).uri()).hasToString("sip:09582369046@10.60.65.26:5061");
    }

    @Test
    void reliableProvisionalResponse() {
        SipResponse ringing = SipMessageParser.parseResponse(SharedData.message("180_ringing_100rel_rseq.sip"));
        assertThat(ringing.rseq()).isEqualTo(1L);
        assertThat(ringing.headerValues("Require")).containsExactly("100rel");
        assertThat(ringing.vias().get(1).received()).isEqualTo("192.168.0.188");
        assertThat(ringing.vias().get(1).rport()).isEqualTo(56731);
        assertThat(ringing.recordRoutes()).allSatisfy(r -> assertThat(((SipUri) r.uri()).lr()).isTrue());
        assertThat(ringing.header("User-Agent")).isEqualTo("Bria iOS release 3.6.2 stamp 33024");
        assertThat(ringing.headerValues("User-Agent")).hasSize(1);
    }

    @Test
    void compactHeaderNamesAreTheSameHeaders() {
        SipRequest invite = SipMessageParser.parseRequest(SharedData.message("invite_compact_headers.sip"));
        assertThat(invite.vias()).hasSize(2);
        assertThat(invite.header("Call-ID")).isEqualTo(invite.header("i")).isEqualTo(invite.callId())
                .isEqualTo("619455480112200022407@10.1.10.101");
        assertThat(invite.from().tag()).isEqualTo("1c619456422");
        assertThat(invite.to().uri()).hasToString("sip:5753606@10.1.10.1");
        assertThat(invite.headerValues("Supported")).hasSize(6);
        assertThat(invite.header("content-length")).isEqualTo("171");
        assertThat(invite.contentType().mediaType()).isEqualTo("application/sdp");
        assertThat(invite.headers().names()).contains("v", "f", "t", "i", "m", "k", "c", "l");
    }

    @Test
    void foldedMultipartSignedNotify() {
        SipRequest notify = SipMessageParser.parseRequest(SharedData.message("notify_smime_folded_3via.sip"));
        assertThat(notify.vias()).hasSize(3);
        assertThat(notify.header("Content-Type")).isEqualTo("multipart/signed; protocol=\"application/pkcs7-signature\";"
                + " micalg=sha1; boundary=\"----YvhIjyjTU8lfNqGe8Fyvxcmb4mleF6quxsMFpT2hOhrDfS3LLs1MyYBdLNgBLsSC\"");
        assertThat(notify.contentType().parameter("protocol")).isEqualTo("application/pkcs7-signature");
        MultipartBody signed = notify.multipartBody();
        assertThat(signed.parts()).hasSize(2);
        assertThat(signed.parts().get(0).contentType().mediaType()).isEqualTo("multipart/mixed");
        assertThat(signed.parts().get(1).contentType().mediaType()).isEqualTo("application/pkcs7-signature");
        MultipartBody inner = MultipartBody.parse(signed.parts().get(0).contentType(), signed.parts().get(0).body());
        assertThat(inner.parts()).isNotEmpty();
        assertThat(inner.parts().get(0).contentType().mediaType()).isEqualTo("application/sipfrag");
    }

    @Test
    void messageWithSmimeAttachment() {
        SipRequest message = SipMessageParser.parseRequest(SharedData.message("message_smime.sip"));
        assertThat(message.bodyAsString()).isEqualTo("1234");
        assertThat(message.header("Content-Disposition")).contains("handling=required");
        assertThat(message.headerValues("Content-Disposition")).hasSize(1);
        assertThat(message.multipartBody()).isNull();
    }

    @Test
    void cancelWithoutContentLengthTakesTheRestAsBody() {
        SipRequest cancel = SipMessageParser.parseRequest(SharedData.message("cancel.sip"));
        assertThat(cancel.hasHeader("Content-Length")).isFalse();
        assertThat(cancel.bodyLength()).isZero();
        assertThat(cancel.method()).isEqualTo(SipMethod.CANCEL);
    }
}
