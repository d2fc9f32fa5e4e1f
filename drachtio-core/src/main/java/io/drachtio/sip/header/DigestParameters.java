package io.drachtio.sip.header;

import java.util.Map;
import java.util.Set;

/**
 * What challenges and credentials share: an authentication scheme and its parameters, with
 * accessors for the parameters both carry. Values are unquoted; names are looked up
 * case-insensitively. Immutable.
 */
public abstract sealed class DigestParameters permits DigestChallenge, DigestCredentials {

    private final AuthValue value;
    private final Set<String> unquoted;

    DigestParameters(AuthValue value, Set<String> unquoted) {
        this.value = value;
        this.unquoted = unquoted;
    }

    /**
     * Returns the scheme as written.
     *
     * @return for example {@code Digest}
     */
    public String scheme() {
        return value.scheme();
    }

    /**
     * Returns the realm.
     *
     * @return the realm, or {@code null} when absent
     */
    public String realm() {
        return parameter("realm");
    }

    /**
     * Returns the nonce.
     *
     * @return the nonce, or {@code null} when absent
     */
    public String nonce() {
        return parameter("nonce");
    }

    /**
     * Returns the opaque value.
     *
     * @return the opaque value, or {@code null} when absent
     */
    public String opaque() {
        return parameter("opaque");
    }

    /**
     * Returns the algorithm.
     *
     * @return for example {@code MD5}, or {@code null} when absent
     */
    public String algorithm() {
        return parameter("algorithm");
    }

    /**
     * Returns all parameters in order; keys are looked up case-insensitively, values unquoted.
     *
     * @return the parameters
     */
    public Map<String, String> parameters() {
        return value.parameters();
    }

    /**
     * Returns one parameter (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return the value, or {@code null} when absent
     */
    public String parameter(String name) {
        return value.parameters().get(name);
    }

    /**
     * Renders the value as header text; parameters that RFC 2617 writes as tokens (such as
     * {@code algorithm}) stay unquoted, the others are quoted.
     *
     * @return the header value text
     */
    @Override
    public String toString() {
        return value.render(unquoted);
    }
}
