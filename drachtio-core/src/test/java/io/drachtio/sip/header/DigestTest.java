package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void challengeParameters() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"atlanta.example.com\", domain=\"sip:ss1.example.com\","
                + " qop=\"auth,auth-int\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE,"
                + " algorithm=MD5");
        assertThat(challenge.scheme()).isEqualTo("Digest");
        assertThat(challenge.realm()).isEqualTo("atlanta.example.com");
        assertThat(challenge.domain()).isEqualTo("sip:ss1.example.com");
        assertThat(challenge.qop()).containsExactly("auth", "auth-int");
        assertThat(challenge.nonce()).isEqualTo("f84f1cec41e6cbe5aea9c8e88d359");
        assertThat(challenge.opaque()).isEmpty();
        assertThat(challenge.stale()).isFalse();
        assertThat(challenge.algorithm()).isEqualTo("MD5");
        assertThat(challenge.parameters()).hasSize(7);
        assertThat(DigestChallenge.parse(challenge.toString()).parameters()).isEqualTo(challenge.parameters());
        assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", stale=true").stale()).isTrue();
        assertThat(DigestChallenge.parse("Digest realm=\"r\"").qop()).isEmpty();
    }

    @Test
    void credentialParameters() {
        DigestCredentials credentials = DigestCredentials.parse("Digest username=\"bob\", realm=\"biloxi.example.com\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"sip:bob@biloxi.example.com\", qop=auth,"
                + " nc=00000001, cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\","
                + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\", algorithm=MD5");
        assertThat(credentials.username()).isEqualTo("bob");
        assertThat(credentials.realm()).isEqualTo("biloxi.example.com");
        assertThat(credentials.nonce()).isEqualTo("dcd98b7102dd2f0e8b11d0f600bfb0c093");
        assertThat(credentials.uri()).isEqualTo("sip:bob@biloxi.example.com");
        assertThat(credentials.qop()).isEqualTo("auth");
        assertThat(credentials.nc()).isEqualTo("00000001");
        assertThat(credentials.cnonce()).isEqualTo("0a4f113b");
        assertThat(credentials.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
        assertThat(credentials.opaque()).isEqualTo("5ccc069c403ebaf9f0171e9517f40e41");
        assertThat(credentials.algorithm()).isEqualTo("MD5");
        assertThat(credentials.toString()).contains("qop=auth, nc=00000001").contains("username=\"bob\"");
    }

    @Test
    void challengesOfAResponseOnePerLine() {
        SipResponse response = SipMessageParser.parseResponse("SIP/2.0 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Digest realm=\"a\", nonce=\"1\"\r\n"
                + "Proxy-Authenticate: Digest realm=\"b\", nonce=\"2\", qop=\"auth\"\r\n"
                + "WWW-Authenticate: Digest realm=\"c\", nonce=\"3\"\r\n\r\n");
        assertThat(response.proxyAuthenticate()).extracting(DigestChallenge::realm).containsExactly("a", "b");
        assertThat(response.wwwAuthenticate()).extracting(DigestChallenge::nonce).containsExactly("3");
        assertThat(response.headerValues("Proxy-Authenticate")).hasSize(2);
        assertThat(response.authorization()).isNull();
    }

    @Test
    void malformedAuthValuesAreRejected() {
        assertThatThrownBy(() -> DigestChallenge.parse("Digest")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> DigestChallenge.parse("Digest realm")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> DigestCredentials.parse("Digest username=\"bob")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> DigestCredentials.parse("Digest a=b,,c=d")).isInstanceOf(SipParseException.class);
    }

    @Test
    void utf8ByteOverloadsMatchTheTextParsers() {
        String challenge = "Digest realm=\"b\u00fcro.example.com\", nonce=\"n1\", algorithm=MD5";
        String credentials = "Digest username=\"j\u00f6rg\", realm=\"r\", nonce=\"n1\", uri=\"sip:a@b\", response=\"0f\"";
        byte[] challengeBytes = challenge.getBytes(StandardCharsets.UTF_8);
        byte[] credentialBytes = credentials.getBytes(StandardCharsets.UTF_8);
        assertThat(DigestChallenge.parse(challengeBytes, 0, challengeBytes.length).parameters())
                .isEqualTo(DigestChallenge.parse(challenge).parameters())
                .containsEntry("realm", "b\u00fcro.example.com");
        assertThat(DigestCredentials.parse(credentialBytes, 0, credentialBytes.length).username()).isEqualTo("j\u00f6rg");
        assertThatThrownBy(() -> DigestCredentials.parse(credentialBytes, 0, 20))
                .isInstanceOf(SipParseException.class).hasMessageContaining("unterminated quoted string");
    }
}
