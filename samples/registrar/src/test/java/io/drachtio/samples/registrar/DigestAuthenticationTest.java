package io.drachtio.samples.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.OutgoingRequest;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestAlgorithm;
import io.drachtio.sip.auth.DigestAuthenticator;
import io.drachtio.sip.auth.DigestNonces;
import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.spring.reply.SipReply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code registrar.algorithms} decides which challenges are sent and which answers are accepted. */
class DigestAuthenticationTest {

    private static final String REGISTRAR = "sip:127.0.0.1";

    /** One nonce key for both authentications, so that a nonce of one is known to the other. */
    private static final DigestNonces SHARED_NONCES = new DigestNonces(Clock.systemUTC(), Duration.ofMinutes(5), 100);

    private final DigestAuthentication md5Only = authentication(List.of(DigestAlgorithm.MD5));

    @Test
    void offersOnlyTheConfiguredAlgorithms() {
        SipReply challenge = rejected(md5Only.authenticate(register(null)));

        assertThat(challenge.status()).isEqualTo(401);
        assertThat(challenge.headers()).extracting(OutgoingRequest.Header::value)
                .singleElement().asString().contains("algorithm=MD5");
    }

    @Test
    void acceptsAnAnswerWithAConfiguredAlgorithm() {
        DigestChallenge challenge = DigestChallenge.parse(rejected(md5Only.authenticate(register(null)))
                .headers().get(0).value());

        DigestAuthentication.Outcome outcome = md5Only.authenticate(register(answer(challenge)));

        assertThat(outcome).isEqualTo(new DigestAuthentication.Authenticated("alice"));
    }

    @Test
    void challengesAgainAnAnswerWithAnAlgorithmNotOffered() {
        DigestAuthentication both = authentication(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5));
        DigestChallenge sha256 = DigestChallenge.parse(rejected(both.authenticate(register(null)))
                .headers().get(0).value());

        SipReply reply = rejected(md5Only.authenticate(register(answer(sha256))));

        assertThat(reply.status()).isEqualTo(401);
    }

    private static DigestAuthentication authentication(List<DigestAlgorithm> algorithms) {
        RegistrarProperties properties = new RegistrarProperties("registrar.local", algorithms,
                Map.of("alice", "alice-secret"), 3600, 60, 3600, Duration.ofMinutes(5), 100, Duration.ofMinutes(1));
        return new DigestAuthentication(properties, SHARED_NONCES);
    }

    private static String answer(DigestChallenge challenge) {
        return DigestAuthenticator.authorize(challenge, "alice", "alice-secret", "REGISTER", REGISTRAR, null);
    }

    private static SipRequest register(String authorization) {
        var builder = SipRequest.builder("REGISTER", REGISTRAR)
                .header("Via", "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1")
                .header("From", "<sip:alice@127.0.0.1>;tag=1").header("To", "<sip:alice@127.0.0.1>")
                .header("Call-ID", "auth-test").header("CSeq", "1 REGISTER")
                .header("Contact", "<sip:alice@127.0.0.1:5061>");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private static SipReply rejected(DigestAuthentication.Outcome outcome) {
        assertThat(outcome).isInstanceOf(DigestAuthentication.Rejected.class);
        return ((DigestAuthentication.Rejected) outcome).reply();
    }
}
