package io.drachtio.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.sip.header.DigestCredentials;
import org.junit.jupiter.api.Test;

/** Writing challenges, read back by the parser and answered by the client side. */
class DigestChallengeBuilderTest {

    @Test
    void writesTheParametersInRfc7616Form() {
        String value = DigestChallengeBuilder.digest("biloxi.com", "abc123").qop(DigestResponse.QOP_AUTH)
                .opaque("xyz").algorithm(DigestAlgorithm.SHA_256).stale(true).build();

        assertThat(value).isEqualTo("Digest realm=\"biloxi.com\", nonce=\"abc123\", qop=\"auth\", opaque=\"xyz\", "
                + "algorithm=SHA-256, stale=true");
    }

    @Test
    void leavesOutWhatWasNotSet() {
        assertThat(DigestChallengeBuilder.digest("r", "n").build()).isEqualTo("Digest realm=\"r\", nonce=\"n\"");
    }

    @Test
    void listsSeveralQopValuesInOneQuotedString() {
        DigestChallenge challenge = DigestChallengeBuilder.digest("r", "n")
                .qop(DigestResponse.QOP_AUTH, DigestResponse.QOP_AUTH_INT).toChallenge();

        assertThat(challenge.qop()).containsExactly("auth", "auth-int");
        assertThat(challenge.stale()).isFalse();
    }

    @Test
    void escapesQuotesAndBackslashesSoTheParserReadsTheSameRealm() {
        DigestChallenge challenge = DigestChallengeBuilder.digest("say \"hi\" \\ bye", "n").toChallenge();

        assertThat(challenge.realm()).isEqualTo("say \"hi\" \\ bye");
    }

    @Test
    void aBuiltChallengeIsAnsweredAndTheAnswerVerifies() {
        DigestChallenge challenge = DigestChallengeBuilder.digest("atlanta.com", "84a4cc6f")
                .algorithm(DigestAlgorithm.SHA_256).qop(DigestResponse.QOP_AUTH).stale(true).toChallenge();

        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.stale()).isTrue();
        DigestCredentials answer = DigestCredentials.parse(DigestAuthenticator.authorize(challenge, "bob", "zanzibar",
                "REGISTER", "sip:atlanta.com", null));
        assertThat(answer.algorithm()).isEqualTo("SHA-256");
        assertThat(DigestVerifier.verify(answer, "zanzibar", "REGISTER", null)).isTrue();
        assertThat(DigestVerifier.verify(answer, "wrong", "REGISTER", null)).isFalse();
    }
}
