package io.drachtio.sip.auth;

import java.util.Objects;

/**
 * The digest computation itself (RFC 2617 §3.2.2, RFC 7616 §3.4), shared by the client that answers
 * a challenge and the server that verifies credentials.
 *
 * <pre>
 * secret  = H(username ":" realm ":" password)            (what a registrar may store instead of the password)
 * A1 hash = secret, or for -sess H(secret ":" nonce ":" cnonce)
 * A2      = method ":" uri, or for qop=auth-int method ":" uri ":" H(body)
 * response = H(A1 hash ":" nonce ":" nc ":" cnonce ":" qop ":" H(A2))     (qop present)
 *          = H(A1 hash ":" nonce ":" H(A2))                              (no qop: RFC 2069)
 * </pre>
 */
public final class DigestResponse {

    /** The quality-of-protection value for authentication only. */
    public static final String QOP_AUTH = "auth";
    /** The quality-of-protection value that also protects the body. */
    public static final String QOP_AUTH_INT = "auth-int";

    private DigestResponse() {
    }

    /**
     * Computes {@code H(username:realm:password)}, the value a server may store instead of the password.
     *
     * @param algorithm the algorithm
     * @param username  the user name
     * @param realm     the realm (may be empty)
     * @param password  the password
     * @return the hash as lower-case hex
     */
    public static String secretHash(DigestAlgorithm algorithm, String username, String realm, String password) {
        return algorithm.hash(username + ":" + nullToEmpty(realm) + ":" + password);
    }

    /**
     * Computes the {@code response} parameter.
     *
     * @param algorithm  the algorithm
     * @param secretHash {@code H(username:realm:password)}, see {@link #secretHash}
     * @param nonce      the server nonce
     * @param nc         the nonce count (8 hex digits), ignored without qop
     * @param cnonce     the client nonce; required with qop and for {@code -sess} algorithms
     * @param qop        {@code auth}, {@code auth-int} or {@code null} for the RFC 2069 form
     * @param method     the request method
     * @param uri        the digest URI (the Request-URI)
     * @param body       the request body (used only for {@code auth-int}); {@code null} means empty
     * @return the response as lower-case hex
     * @throws IllegalArgumentException for an unknown qop or a missing cnonce where one is needed
     */
    public static String compute(DigestAlgorithm algorithm, String secretHash, String nonce, String nc,
            String cnonce, String qop, String method, String uri, byte[] body) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(secretHash, "secretHash");
        String nonceValue = nullToEmpty(nonce);
        if ((qop != null || algorithm.session()) && (cnonce == null || cnonce.isEmpty())) {
            throw new IllegalArgumentException("a cnonce is required with qop or a -sess algorithm");
        }
        String a1 = algorithm.session() ? algorithm.hash(secretHash + ":" + nonceValue + ":" + cnonce) : secretHash;
        String a2;
        if (qop == null || QOP_AUTH.equalsIgnoreCase(qop)) {
            a2 = method + ":" + uri;
        } else if (QOP_AUTH_INT.equalsIgnoreCase(qop)) {
            a2 = method + ":" + uri + ":" + algorithm.hash(body == null ? new byte[0] : body);
        } else {
            throw new IllegalArgumentException("unsupported qop '" + qop + "'");
        }
        String ha2 = algorithm.hash(a2);
        if (qop == null) {
            return algorithm.hash(a1 + ":" + nonceValue + ":" + ha2);
        }
        return algorithm.hash(a1 + ":" + nonceValue + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
