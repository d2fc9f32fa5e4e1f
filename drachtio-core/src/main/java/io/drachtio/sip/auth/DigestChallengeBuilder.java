package io.drachtio.sip.auth;

import static io.drachtio.sip.auth.QuotedStrings.appendQuoted;

import io.drachtio.sip.header.DigestChallenge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server side of a challenge: writes the value of a {@code WWW-Authenticate} or
 * {@code Proxy-Authenticate} header (RFC 7616 §3.3, RFC 8760 for SIP).
 *
 * <pre>{@code
 * String value = DigestChallengeBuilder.digest("example.com", nonce)
 *         .algorithm(DigestAlgorithm.SHA_256).qop(DigestResponse.QOP_AUTH).stale(true).build();
 * // Digest realm="example.com", nonce="…", qop="auth", algorithm=SHA-256, stale=true
 * }</pre>
 *
 * <p>{@code realm}, {@code nonce}, {@code qop} and {@code opaque} are quoted (with {@code "} and
 * {@code \} escaped); {@code algorithm} and {@code stale} are tokens. Not thread-safe; build one
 * value per builder use.
 */
public final class DigestChallengeBuilder {

    private final String realm;
    private final String nonce;
    private final List<String> qops = new ArrayList<>(2);
    private DigestAlgorithm algorithm;
    private String opaque;
    private boolean stale;

    private DigestChallengeBuilder(String realm, String nonce) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.nonce = Objects.requireNonNull(nonce, "nonce");
    }

    /**
     * Starts a Digest challenge.
     *
     * @param realm the protection space shown to the user
     * @param nonce the server nonce
     * @return a builder without algorithm (clients then assume MD5), qop, opaque or stale
     */
    public static DigestChallengeBuilder digest(String realm, String nonce) {
        return new DigestChallengeBuilder(realm, nonce);
    }

    /**
     * @param algorithm the algorithm the client must use
     * @return this builder
     */
    public DigestChallengeBuilder algorithm(DigestAlgorithm algorithm) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        return this;
    }

    /**
     * @param offered the qop values offered, such as {@link DigestResponse#QOP_AUTH}; written as one
     *                comma-separated quoted list
     * @return this builder
     */
    public DigestChallengeBuilder qop(String... offered) {
        for (String qop : offered) {
            qops.add(Objects.requireNonNull(qop, "qop"));
        }
        return this;
    }

    /**
     * @param value an opaque value the client echoes
     * @return this builder
     */
    public DigestChallengeBuilder opaque(String value) {
        this.opaque = Objects.requireNonNull(value, "opaque");
        return this;
    }

    /**
     * @param value {@code true} when the credentials were right but their nonce had expired, so the
     *              client retries with the new nonce without asking the user
     * @return this builder
     */
    public DigestChallengeBuilder stale(boolean value) {
        this.stale = value;
        return this;
    }

    /** @return the header value, {@code Digest realm="…", nonce="…"[, qop="…"][, opaque="…"][, algorithm=…][, stale=true]} */
    public String build() {
        StringBuilder out = new StringBuilder(160).append("Digest ");
        appendQuoted(out, "realm", realm);
        appendQuoted(out.append(", "), "nonce", nonce);
        if (!qops.isEmpty()) {
            appendQuoted(out.append(", "), "qop", String.join(",", qops));
        }
        if (opaque != null) {
            appendQuoted(out.append(", "), "opaque", opaque);
        }
        if (algorithm != null) {
            out.append(", algorithm=").append(algorithm.wireName());
        }
        if (stale) {
            out.append(", stale=true");
        }
        return out.toString();
    }

    /** @return the challenge as the client will parse it */
    public DigestChallenge toChallenge() {
        return DigestChallenge.parse(build());
    }
}
