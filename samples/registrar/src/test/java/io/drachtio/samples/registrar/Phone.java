package io.drachtio.samples.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.sip.auth.DigestAlgorithm;
import io.drachtio.sip.auth.DigestAuthenticator;
import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.NetworkRequest;
import java.util.UUID;

/**
 * A user agent registering one user on the kit's network: REGISTERs with one Call-ID and rising
 * CSeq, answering the registrar's challenge with our client-side digest code.
 */
final class Phone {

    static final String REGISTRAR_URI = "sip:127.0.0.1";

    private final SipTestClient sip;
    private final String user;
    private final String password;
    private final String callId = UUID.randomUUID().toString();
    private long cseq = 1;

    Phone(SipTestClient sip, String user, String password) {
        this.sip = sip;
        this.user = user;
        this.password = password;
    }

    /** Registers with SHA-256 credentials; headers are {@code "Name: value"} lines. */
    SipResponse register(String... headers) {
        return register(DigestAlgorithm.SHA_256, headers);
    }

    /** Sends the REGISTER, answers the 401 with the challenge of this algorithm, returns the final response. */
    SipResponse register(DigestAlgorithm algorithm, String... headers) {
        return answer(challenge(unauthenticated(headers), algorithm), headers);
    }

    /** Sends the REGISTER without credentials; returns the final response (the 401). */
    SipResponse unauthenticated(String... headers) {
        return send(null, headers);
    }

    /** Sends the REGISTER with credentials answering the challenge. */
    SipResponse answer(DigestChallenge challenge, String... headers) {
        return send(authorization(challenge), headers);
    }

    /** The Authorization value answering a challenge for this phone's user. */
    String authorization(DigestChallenge challenge) {
        return DigestAuthenticator.authorize(challenge, user, password, "REGISTER", REGISTRAR_URI, null);
    }

    /** Sends the REGISTER with this Authorization value (or none); returns the final response. */
    SipResponse send(String authorization, String... headers) {
        String aor = "<sip:" + user + "@127.0.0.1>";
        NetworkRequest register = sip.request("REGISTER", REGISTRAR_URI).from(aor).to(aor).callId(callId).cseq(cseq++);
        for (String header : headers) {
            int colon = header.indexOf(':');
            register.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        if (authorization != null) {
            register.header("Authorization", authorization);
        }
        return register.send().awaitFinalResponse();
    }

    /** The challenge of one algorithm in a 401. */
    static DigestChallenge challenge(SipResponse unauthorized, DigestAlgorithm algorithm) {
        assertThat(unauthorized.status()).as("the registrar's answer to a REGISTER without credentials")
                .isEqualTo(401);
        return unauthorized.wwwAuthenticate().stream()
                .filter(challenge -> algorithm.wireName().equals(challenge.algorithm()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + algorithm.wireName() + " challenge in\n"
                        + unauthorized));
    }
}
