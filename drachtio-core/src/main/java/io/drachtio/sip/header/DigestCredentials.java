package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import java.util.Map;
import java.util.Set;

/**
 * Authorization or Proxy-Authorization credentials (RFC 3261 §20.7, RFC 2617 §3.2.2).
 * Any scheme is read; the named accessors return the Digest parameters, unquoted. Immutable.
 */
public final class DigestCredentials {

    private static final Set<String> UNQUOTED = Set.of("algorithm", "qop", "nc");

    private final AuthValue value;

    private DigestCredentials(AuthValue value) {
        this.value = value;
    }

    /**
     * Parses credentials.
     *
     * @param value the header value, such as {@code Digest username="bob", realm="biloxi.com", …}
     * @return the parsed credentials
     * @throws SipParseException if the value is malformed
     */
    public static DigestCredentials parse(String value) {
        return new DigestCredentials(AuthValue.parse("credentials", value));
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
     * Returns the user name.
     *
     * @return the user name, or {@code null} when absent
     */
    public String username() {
        return parameter("username");
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
     * Returns the digest URI.
     *
     * @return the URI text, or {@code null} when absent
     */
    public String uri() {
        return parameter("uri");
    }

    /**
     * Returns the response digest.
     *
     * @return the hex digest, or {@code null} when absent
     */
    public String response() {
        return parameter("response");
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
     * Returns the client nonce.
     *
     * @return the cnonce, or {@code null} when absent
     */
    public String cnonce() {
        return parameter("cnonce");
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
     * Returns the chosen qop.
     *
     * @return for example {@code auth}, or {@code null} when absent
     */
    public String qop() {
        return parameter("qop");
    }

    /**
     * Returns the nonce count.
     *
     * @return for example {@code 00000001}, or {@code null} when absent
     */
    public String nc() {
        return parameter("nc");
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
     * Renders the credentials; {@code algorithm}, {@code qop} and {@code nc} unquoted, other values quoted.
     *
     * @return the header value text
     */
    @Override
    public String toString() {
        return value.render(UNQUOTED);
    }
}
