package io.drachtio.spring.test.assertj;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.auth.DigestAuthenticator;
import io.drachtio.sip.header.DigestChallenge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The SIP assertions on real messages from {@code shared/data/messages}: what passes and what each failure says. */
class SipAssertionsTest {

    private static final String CHALLENGE = "Digest realm=\"example.com\", nonce=\"4b1d2f6a\", qop=\"auth\", "
            + "algorithm=MD5";

    @Test
    void acceptsAReliableProvisionalResponse() throws IOException {
        SipResponse ringing = SipMessageParser.parseResponse(message("180_ringing_100rel_rseq.sip"));

        assertThat(ringing).hasStatus(180).hasReason("Ringing").isProvisional().isReliable().hasHeader("RSeq", "1")
                .hasHeader("Record-Route", "<sip:192.168.0.97;lr>").hasHeaderContaining("Allow", "PRACK")
                .doesNotHaveHeader("Content-Type").hasNoBody()
                .hasCallId("NTM5YzAxN2YwZGRhYTg2YjBkNDgyNWQyNTI3ZGNmNTE");
    }

    @Test
    void explainsAWrongStatusWithTheWholeResponse() throws IOException {
        SipResponse ringing = SipMessageParser.parseResponse(message("180_ringing_100rel_rseq.sip"));

        assertThatThrownBy(() -> assertThat(ringing).hasStatus(200)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected status 200 but was 180 Ringing").hasMessageContaining("RSeq: 1");
        assertThatThrownBy(() -> assertThat(ringing).hasReason("OK")).hasMessageContaining("Expected reason OK but was Ringing");
        assertThatThrownBy(() -> assertThat(ringing).isFinal()).hasMessageContaining("Expected a final response");
        assertThatThrownBy(() -> assertThat(ringing).isSuccessful()).hasMessageContaining("a successful (2xx)");
        assertThatThrownBy(() -> assertThat(ringing).hasHeader("RSeq", "2"))
                .hasMessageContaining("Expected RSeq: 2 but the message has [1]");
        assertThatThrownBy(() -> assertThat(ringing).hasHeader("Session-Expires", "90"))
                .hasMessageContaining("no such header");
        assertThatThrownBy(() -> assertThat(ringing).hasContentType("application/sdp"))
                .hasMessageContaining("Expected Content-Type application/sdp but was none");
    }

    @Test
    void rejectsAnUnreliableProvisionalResponse() {
        SipResponse trying = SipMessageParser.parseResponse("SIP/2.0 183 Session Progress\r\nVia: SIP/2.0/UDP "
                + "10.0.0.1;branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@y>;tag=2\r\nCall-ID: c1\r\n"
                + "CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n");

        assertThatThrownBy(() -> assertThat(trying).isReliable())
                .hasMessageContaining("Expected a reliable provisional response (Require: 100rel and RSeq)");
    }

    @Test
    void checksTheRequestLineHeadersAndBody() throws IOException {
        SipRequest invite = SipMessageParser.parseRequest(message("invite_sdp.sip"));

        assertThat(invite).hasMethod("INVITE").hasRequestUri("sip:1002@192.168.0.97")
                .hasContentType("APPLICATION/SDP").hasBodyContaining("m=audio 60668 RTP/AVP 0 101")
                .hasHeaderContaining("Supported", "100rel").hasNoCredentials();
        assertThatThrownBy(() -> assertThat(invite).hasMethod("BYE")).hasMessageContaining("Expected method BYE but was INVITE");
        assertThatThrownBy(() -> assertThat(invite).hasRequestUri("sip:1003@192.168.0.97"))
                .hasMessageContaining("but was sip:1002@192.168.0.97");
        assertThatThrownBy(() -> assertThat(invite).hasBody("v=0\r\n")).hasMessageContaining("Expected the body");
        assertThatThrownBy(() -> assertThat(invite).hasNoBody()).hasMessageContaining("found 189 bytes");
        assertThatThrownBy(() -> assertThat(invite).doesNotHaveHeader("User-Agent"))
                .hasMessageContaining("[Bria iOS release 3.6.2 stamp 33024]");
        assertThatThrownBy(() -> assertThat(invite).hasCallId("other")).hasMessageContaining("Expected Call-ID other");
    }

    @Test
    void verifiesDigestCredentials() throws IOException {
        SipRequest invite = SipMessageParser.parseRequest(message("invite_sdp.sip"));
        String credentials = DigestAuthenticator.authorize(DigestChallenge.parse(CHALLENGE), "alice", "s3cret",
                "INVITE", invite.requestUri(), invite.body());
        invite.headers().add("Proxy-Authorization", credentials);

        assertThat(invite).hasValidCredentials("alice", "s3cret");
        assertThatThrownBy(() -> assertThat(invite).hasValidCredentials("alice", "wrong"))
                .hasMessageContaining("the digest response does not match (realm example.com, nonce 4b1d2f6a");
        assertThatThrownBy(() -> assertThat(invite).hasValidCredentials("bob", "s3cret"))
                .hasMessageContaining("Expected credentials of bob but they are of alice");
        assertThatThrownBy(() -> assertThat(invite).hasNoCredentials()).hasMessageContaining("Expected no credentials");
    }

    @Test
    void reportsMissingOrUnparsableCredentials() throws IOException {
        SipRequest invite = SipMessageParser.parseRequest(message("invite_sdp.sip"));

        assertThatThrownBy(() -> assertThat(invite).hasValidCredentials("alice", "s3cret"))
                .hasMessageContaining("has no Authorization or Proxy-Authorization header");
        invite.headers().add("Authorization", "Basic YWxpY2U6czNjcmV0");
        assertThatThrownBy(() -> assertThat(invite).hasValidCredentials("alice", "s3cret"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected digest credentials but the header does not parse (Invalid Authorization");
    }

    @Test
    void failsOnAMissingMessage() {
        assertThatThrownBy(() -> assertThat((SipResponse) null).hasStatus(200)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    private static String message(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data", "messages", name));
    }
}
