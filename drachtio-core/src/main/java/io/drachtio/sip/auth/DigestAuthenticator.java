package io.drachtio.sip.auth;

import static io.drachtio.sip.auth.QuotedStrings.appendQuoted;

import io.drachtio.sip.header.DigestChallenge;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client side of digest authentication: turns a {@code WWW-Authenticate} or
 * {@code Proxy-Authenticate} challenge into the value of the matching {@code Authorization} or
 * {@code Proxy-Authorization} header.
 *
 * <p>Rules: the first challenge with scheme {@code Digest} and a supported algorithm is answered
 * ({@link #select}); when the challenge offers {@code auth} (alone or in a list such as
 * {@code auth,auth-int}) the answer uses {@code auth}, when it offers only {@code auth-int} the body is
 * protected, and without qop the RFC 2069 form is used. The nonce count is always {@code 00000001}
 * (one answer per challenge), the client nonce 16 random hex digits, and {@code opaque} is echoed.
 */
public final class DigestAuthenticator {

    /** The nonce count of the first (and only) answer to a challenge. */
    public static final String FIRST_NONCE_COUNT = "00000001";

    private static final String DIGEST = "Digest";

    private DigestAuthenticator() {
    }

    /**
     * @param challenge a parsed challenge
     * @return {@code true} when it is a Digest challenge this class can answer
     */
    public static boolean supports(DigestChallenge challenge) {
        return challenge != null && DIGEST.equalsIgnoreCase(challenge.scheme())
                && DigestAlgorithm.fromWireName(challenge.algorithm()) != null
                && challenge.nonce() != null
                && QopChoice.of(challenge.qop()) != QopChoice.UNSUPPORTED;
    }

    /**
     * Picks the challenge to answer: the first supported one, as RFC 7616 §3.7 asks (servers list
     * them in order of preference).
     *
     * @param challenges the challenges of one response, in order
     * @return the first supported challenge, or {@code null} when none is supported
     */
    public static DigestChallenge select(List<DigestChallenge> challenges) {
        for (DigestChallenge challenge : challenges) {
            if (supports(challenge)) {
                return challenge;
            }
        }
        return null;
    }

    /**
     * Answers a challenge with a fresh client nonce.
     *
     * @param challenge the challenge (see {@link #supports})
     * @param username  the user name
     * @param password  the password
     * @param method    the method of the request being retried
     * @param uri       its Request-URI
     * @param body      its body (only used for {@code auth-int}); may be {@code null}
     * @return the header value, {@code Digest username="…",realm="…",…}
     * @throws IllegalArgumentException when the challenge is not supported
     */
    public static String authorize(DigestChallenge challenge, String username, String password, String method,
            String uri, byte[] body) {
        return authorize(challenge, username, password, method, uri, body, newClientNonce());
    }

    /**
     * Answers a challenge with the given client nonce (for reproducible results).
     *
     * @param challenge the challenge (see {@link #supports})
     * @param username  the user name
     * @param password  the password
     * @param method    the method of the request being retried
     * @param uri       its Request-URI
     * @param body      its body (only used for {@code auth-int}); may be {@code null}
     * @param cnonce    the client nonce to use (ignored in the RFC 2069 form)
     * @return the header value
     * @throws IllegalArgumentException when the challenge is not supported
     */
    public static String authorize(DigestChallenge challenge, String username, String password, String method,
            String uri, byte[] body, String cnonce) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (!supports(challenge)) {
            throw new IllegalArgumentException("cannot answer the challenge " + describe(challenge));
        }
        DigestAlgorithm algorithm = DigestAlgorithm.fromWireName(challenge.algorithm());
        String qop = QopChoice.of(challenge.qop()).wireValue;
        boolean needsCnonce = qop != null || algorithm.session();
        String secret = DigestResponse.secretHash(algorithm, username, challenge.realm(), password);
        String response = DigestResponse.compute(algorithm, secret, challenge.nonce(), FIRST_NONCE_COUNT,
                needsCnonce ? cnonce : null, qop, method, uri, body);

        StringBuilder out = new StringBuilder(256).append(DIGEST).append(' ');
        appendQuoted(out, "username", username).append(',');
        appendQuoted(out, "realm", challenge.realm() == null ? "" : challenge.realm()).append(',');
        appendQuoted(out, "nonce", challenge.nonce()).append(',');
        appendQuoted(out, "uri", uri).append(',');
        appendQuoted(out, "response", response);
        if (challenge.algorithm() != null) {
            out.append(",algorithm=").append(algorithm.wireName());
        }
        if (qop != null) {
            out.append(",qop=").append(qop).append(",nc=").append(FIRST_NONCE_COUNT).append(',');
            appendQuoted(out, "cnonce", cnonce);
        } else if (algorithm.session()) {
            out.append(',');
            appendQuoted(out, "cnonce", cnonce);
        }
        if (challenge.opaque() != null) {
            out.append(',');
            appendQuoted(out, "opaque", challenge.opaque());
        }
        return out.toString();
    }

    /** @return 16 random lower-case hex digits */
    public static String newClientNonce() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    /** The qop of an answer: {@code auth} when offered, else {@code auth-int}, none without qop. */
    private enum QopChoice {
        NONE(null), AUTH(DigestResponse.QOP_AUTH), AUTH_INT(DigestResponse.QOP_AUTH_INT), UNSUPPORTED(null);

        private final String wireValue;

        QopChoice(String wireValue) {
            this.wireValue = wireValue;
        }

        static QopChoice of(List<String> offered) {
            if (offered.isEmpty()) {
                return NONE;
            }
            boolean authInt = false;
            for (String qop : offered) {
                if (DigestResponse.QOP_AUTH.equalsIgnoreCase(qop)) {
                    return AUTH;
                }
                authInt |= DigestResponse.QOP_AUTH_INT.equalsIgnoreCase(qop);
            }
            return authInt ? AUTH_INT : UNSUPPORTED;
        }
    }

    private static String describe(DigestChallenge challenge) {
        if (challenge == null) {
            return "(none)";
        }
        return "scheme=" + challenge.scheme() + ", algorithm=" + challenge.algorithm() + ", qop=" + challenge.qop();
    }
}
