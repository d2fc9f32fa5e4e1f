package io.drachtio.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.sip.header.DigestCredentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answering challenges (client side) and verifying the answers (server side). */
class DigestAuthenticatorTest {

    private static final String RECORDED_CHALLENGE = "Digest realm=\"example.com\", "
            + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", qop=\"auth\", algorithm=MD5";

    @Test
    void answersTheRecordedChallengeExactlyLikeDrachtioSrf() {
        String answer = DigestAuthenticator.authorize(DigestChallenge.parse(RECORDED_CHALLENGE), "alice", "s3cret",
                "INVITE", "sip:1000@127.0.0.1:5170", null, "563ae168");
        // the value drachtio-srf sent in ../shared/fixtures/wire/uac-invite-auth.jsonl
        assertThat(answer).isEqualTo("Digest username=\"alice\",realm=\"example.com\","
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\",uri=\"sip:1000@127.0.0.1:5170\","
                + "response=\"48948cdbf208e631782a060e31b76d5e\",algorithm=MD5,qop=auth,nc=00000001,"
                + "cnonce=\"563ae168\"");
    }

    @Test
    void choosesAuthFromAQopListAndEchoesOpaque() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"atlanta.com\", nonce=\"84a4cc6f\", "
                + "qop=\"auth,auth-int\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\", algorithm=SHA-256");
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "bob", "zanzibar",
                "REGISTER", "sip:atlanta.com", null));
        assertThat(answer.qop()).isEqualTo("auth");
        assertThat(answer.nc()).isEqualTo("00000001");
        assertThat(answer.cnonce()).hasSize(16);
        assertThat(answer.opaque()).isEqualTo("5ccc069c403ebaf9f0171e9517f40e41");
        assertThat(answer.algorithm()).isEqualTo("SHA-256");
        assertThat(answer.response()).hasSize(64);
        assertThat(DigestVerifier.verify(answer, "zanzibar", "REGISTER", null)).isTrue();
    }

    @Test
    void usesTheRfc2069FormWithoutQop() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"testrealm@host.com\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"");
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "Mufasa",
                "CircleOfLife", "GET", "/dir/index.html", null));
        assertThat(answer.qop()).isNull();
        assertThat(answer.cnonce()).isNull();
        assertThat(answer.algorithm()).isNull();
        assertThat(answer.response()).isEqualTo("1949323746fe6a43ef61f9606e7febea");
        assertThat(DigestVerifier.verify(answer, "CircleOfLife", "GET", null)).isTrue();
    }

    @Test
    void protectsTheBodyWhenOnlyAuthIntIsOffered() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"");
        byte[] body = "v=0\r\n".getBytes(StandardCharsets.UTF_8);
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "u", "p",
                "INVITE", "sip:x@y", body));
        assertThat(answer.qop()).isEqualTo("auth-int");
        assertThat(DigestVerifier.verify(answer, "p", "INVITE", body)).isTrue();
        assertThat(DigestVerifier.verify(answer, "p", "INVITE", new byte[0])).isFalse();
    }

    @Test
    void answersSessionAlgorithmsAndVerifiesWithAStoredHash() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=auth, "
                + "algorithm=MD5-sess");
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "u", "p",
                "BYE", "sip:x@y", null));
        String stored = DigestResponse.secretHash(DigestAlgorithm.MD5_SESS, "u", "r", "p");
        assertThat(DigestVerifier.verifyWithSecretHash(answer, stored, "BYE", null)).isTrue();
        assertThat(DigestVerifier.verifyWithSecretHash(answer, stored, "INVITE", null)).isFalse();
    }

    @Test
    void selectsTheFirstSupportedChallenge() {
        DigestChallenge basic = DigestChallenge.parse("Basic realm=\"r\"");
        DigestChallenge aka = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=AKAv1-MD5");
        DigestChallenge sha = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256");
        DigestChallenge md5 = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\"");
        assertThat(DigestAuthenticator.select(List.of(basic, aka, sha, md5))).isSameAs(sha);
        assertThat(DigestAuthenticator.select(List.of(basic, aka))).isNull();
        assertThatThrownBy(() -> DigestAuthenticator.authorize(aka, "u", "p", "INVITE", "sip:x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AKAv1-MD5");
    }

    @Test
    void quotesSpecialCharacters() {
        DigestChallenge challenge = DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\"");
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "we\"ird\\user",
                "p", "OPTIONS", "sip:x", null));
        assertThat(answer.username()).isEqualTo("we\"ird\\user");
        assertThat(DigestVerifier.verify(answer, "p", "OPTIONS", null)).isTrue();
    }

    @Test
    void verifierRejectsIncompleteOrForeignCredentials() {
        assertThat(DigestVerifier.verify(DigestCredentials.parse("Basic dXNlcjpwYXNz=\"x\""), "p", "GET", null))
                .isFalse();
        assertThat(DigestVerifier.verify(DigestCredentials.parse("Digest username=\"u\", realm=\"r\", nonce=\"n\", "
                + "uri=\"sip:x\", response=\"00\", qop=auth"), "p", "GET", null)).isFalse();
        assertThat(DigestVerifier.verify(DigestCredentials.parse("Digest username=\"u\", realm=\"r\", nonce=\"n\", "
                + "uri=\"sip:x\", response=\"00\", algorithm=AKAv1-MD5"), "p", "GET", null)).isFalse();
        assertThat(DigestVerifier.verify(null, "p", "GET", null)).isFalse();
    }
}
