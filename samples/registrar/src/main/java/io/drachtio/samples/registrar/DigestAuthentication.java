package io.drachtio.samples.registrar;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestAlgorithm;
import io.drachtio.sip.auth.DigestChallengeBuilder;
import io.drachtio.sip.auth.DigestNonces;
import io.drachtio.sip.auth.DigestResponse;
import io.drachtio.sip.auth.DigestVerifier;
import io.drachtio.sip.auth.NonceStatus;
import io.drachtio.sip.header.DigestCredentials;
import io.drachtio.spring.reply.SipReply;
import org.springframework.stereotype.Component;

/**
 * Digest authentication of requests against {@code registrar.users}.
 *
 * <p>A request without acceptable credentials is challenged: 401 with one challenge per algorithm of
 * {@code registrar.algorithms} (by default SHA-256 then MD5, most preferred first as RFC 8760 asks), all
 * {@code qop="auth"} with one fresh nonce. Credentials of an unknown
 * user are refused (403). Right credentials with an expired nonce get a challenge with
 * {@code stale=true}; a replayed nonce count or a nonce we never issued gets a new challenge.
 */
@Component
public class DigestAuthentication {

    private final RegistrarProperties properties;
    private final DigestNonces nonces;

    /**
     * @param properties the realm and the users
     * @param nonces     issues and checks the nonces
     */
    public DigestAuthentication(RegistrarProperties properties, DigestNonces nonces) {
        this.properties = properties;
        this.nonces = nonces;
    }

    /** The outcome of {@link #authenticate}. */
    public sealed interface Outcome {
    }

    /**
     * The credentials are right.
     *
     * @param user the authenticated user name
     */
    public record Authenticated(String user) implements Outcome {
    }

    /**
     * The request is not authenticated; answer it with this reply.
     *
     * @param reply a 401 challenge or a 403
     */
    public record Rejected(SipReply reply) implements Outcome {
    }

    /**
     * Checks the {@code Authorization} header of a request.
     *
     * @param request the request
     * @return {@link Authenticated} or {@link Rejected} with the reply to send
     */
    public Outcome authenticate(SipRequest request) {
        DigestCredentials credentials = credentialsOf(request);
        if (credentials == null || !properties.realm().equals(credentials.realm())) {
            return challenge(false);
        }
        String password = properties.users().get(credentials.username());
        if (password == null) {
            return new Rejected(SipReply.status(403, "Forbidden"));
        }
        if (!isAnswerToOurChallenge(credentials, request)
                || !DigestVerifier.verify(credentials, password, request.method(), request.body())) {
            return challenge(false);
        }
        NonceStatus nonce = nonces.check(credentials.nonce(), credentials.nc());
        return switch (nonce) {
            case VALID -> new Authenticated(credentials.username());
            case STALE -> challenge(true);
            case REPLAYED, UNKNOWN -> challenge(false);
        };
    }

    /** Only what we offered counts: our algorithms, qop=auth, and the Request-URI as digest URI. */
    private boolean isAnswerToOurChallenge(DigestCredentials credentials, SipRequest request) {
        DigestAlgorithm algorithm = DigestAlgorithm.fromWireName(credentials.algorithm());
        return algorithm != null && properties.algorithms().contains(algorithm)
                && DigestResponse.QOP_AUTH.equalsIgnoreCase(credentials.qop())
                && request.requestUri().equals(credentials.uri());
    }

    private static DigestCredentials credentialsOf(SipRequest request) {
        try {
            return request.authorization();
        } catch (SipParseException malformed) {
            return null;
        }
    }

    private Rejected challenge(boolean stale) {
        String nonce = nonces.issue();
        SipReply reply = SipReply.status(401, "Unauthorized");
        for (DigestAlgorithm algorithm : properties.algorithms()) {
            reply = reply.header("WWW-Authenticate", DigestChallengeBuilder.digest(properties.realm(), nonce)
                    .qop(DigestResponse.QOP_AUTH).algorithm(algorithm).stale(stale).build());
        }
        return new Rejected(reply);
    }
}
