package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.CommaSplitter;
import io.drachtio.sip.internal.ValueCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A WWW-Authenticate or Proxy-Authenticate challenge (RFC 3261 §20.44, RFC 2617 §3.2.1).
 * Any scheme is read; the named accessors return the Digest parameters, unquoted. Immutable.
 */
public final class DigestChallenge extends DigestParameters {

    private static final String WHAT = "challenge";
    private static final Set<String> UNQUOTED = Set.of("algorithm", "stale");

    private DigestChallenge(AuthValue value) {
        super(value, UNQUOTED);
    }

    /**
     * Parses a challenge.
     *
     * @param value the header value, such as {@code Digest realm="atlanta.com", nonce="84a4cc6f", qop="auth"}
     * @return the parsed challenge
     * @throws SipParseException if the value is malformed
     */
    public static DigestChallenge parse(String value) {
        return new DigestChallenge(AuthValue.read(new ValueCursor(WHAT, value)));
    }

    /**
     * Parses a challenge from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed challenge
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static DigestChallenge parse(byte[] utf8, int offset, int length) {
        return new DigestChallenge(AuthValue.read(new ValueCursor(WHAT, utf8, offset, length)));
    }

    /**
     * Returns the domain.
     *
     * @return the domain (space-separated URIs), or {@code null} when absent
     */
    public String domain() {
        return parameter("domain");
    }

    /**
     * Returns the offered qop values, split at commas.
     *
     * @return for example {@code [auth, auth-int]}; empty when absent
     */
    public List<String> qop() {
        String qop = parameter("qop");
        List<String> values = new ArrayList<>(2);
        if (qop != null) {
            CommaSplitter.split(qop, values);
        }
        return values;
    }

    /**
     * Tells whether {@code stale=true}.
     *
     * @return {@code true} if the challenge says the previous nonce was stale
     */
    public boolean stale() {
        return "true".equalsIgnoreCase(parameter("stale"));
    }
}
