package io.drachtio.sip.auth;

import io.drachtio.sip.header.DigestCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The server side of digest authentication: checks that {@code Authorization} /
 * {@code Proxy-Authorization} credentials carry the right {@code response} for a password (or for the
 * stored {@code H(username:realm:password)}).
 *
 * <p>Only the response is checked. The caller decides which realm, nonce and URI it accepts (nonce
 * freshness, replay via the nonce count, the URI matching the Request-URI) — those are policies of the
 * registrar or proxy, not of the math.
 */
public final class DigestVerifier {

    private DigestVerifier() {
    }

    /**
     * @param credentials the parsed credentials
     * @param password    the user's password
     * @param method      the method of the request that carried them
     * @param body        that request's body (for {@code qop=auth-int}); may be {@code null}
     * @return {@code true} when the response matches; {@code false} for a wrong response, a scheme other
     *         than Digest, an unsupported algorithm or qop, or missing parameters
     */
    public static boolean verify(DigestCredentials credentials, String password, String method, byte[] body) {
        DigestAlgorithm algorithm = algorithmOf(credentials);
        if (algorithm == null || credentials.username() == null || password == null) {
            return false;
        }
        String secret = DigestResponse.secretHash(algorithm, credentials.username(), credentials.realm(), password);
        return matches(credentials, algorithm, secret, method, body);
    }

    /**
     * @param credentials the parsed credentials
     * @param secretHash  the stored {@code H(username:realm:password)} for the credentials' algorithm
     * @param method      the method of the request that carried them
     * @param body        that request's body (for {@code qop=auth-int}); may be {@code null}
     * @return {@code true} when the response matches (see {@link #verify})
     */
    public static boolean verifyWithSecretHash(DigestCredentials credentials, String secretHash, String method,
            byte[] body) {
        DigestAlgorithm algorithm = algorithmOf(credentials);
        if (algorithm == null || secretHash == null) {
            return false;
        }
        return matches(credentials, algorithm, secretHash.toLowerCase(Locale.ROOT), method, body);
    }

    private static DigestAlgorithm algorithmOf(DigestCredentials credentials) {
        if (credentials == null || !"Digest".equalsIgnoreCase(credentials.scheme())) {
            return null;
        }
        return DigestAlgorithm.fromWireName(credentials.algorithm());
    }

    private static boolean matches(DigestCredentials credentials, DigestAlgorithm algorithm, String secret,
            String method, byte[] body) {
        String given = credentials.response();
        String qop = credentials.qop();
        if (given == null || credentials.uri() == null || method == null) {
            return false;
        }
        boolean needsCnonce = qop != null || algorithm.session();
        if (needsCnonce && (credentials.cnonce() == null || credentials.cnonce().isEmpty()
                || (qop != null && credentials.nc() == null))) {
            return false;
        }
        if (qop != null && !DigestResponse.QOP_AUTH.equalsIgnoreCase(qop)
                && !DigestResponse.QOP_AUTH_INT.equalsIgnoreCase(qop)) {
            return false;
        }
        String expected = DigestResponse.compute(algorithm, secret, credentials.nonce(), credentials.nc(),
                credentials.cnonce(), qop == null ? null : qop.toLowerCase(Locale.ROOT), method, credentials.uri(),
                body);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
