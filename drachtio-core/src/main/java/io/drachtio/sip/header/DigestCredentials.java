package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.ValueCursor;
import java.util.Set;

/**
 * Authorization or Proxy-Authorization credentials (RFC 3261 §20.7, RFC 2617 §3.2.2).
 * Any scheme is read; the named accessors return the Digest parameters, unquoted. Immutable.
 */
public final class DigestCredentials extends DigestParameters {

    private static final String WHAT = "credentials";
    private static final Set<String> UNQUOTED = Set.of("algorithm", "qop", "nc");

    private DigestCredentials(AuthValue value) {
        super(value, UNQUOTED);
    }

    /**
     * Parses credentials.
     *
     * @param value the header value, such as {@code Digest username="bob", realm="biloxi.com", …}
     * @return the parsed credentials
     * @throws SipParseException if the value is malformed
     */
    public static DigestCredentials parse(String value) {
        return new DigestCredentials(AuthValue.read(new ValueCursor(WHAT, value)));
    }

    /**
     * Parses credentials from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed credentials
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static DigestCredentials parse(byte[] utf8, int offset, int length) {
        return new DigestCredentials(AuthValue.read(new ValueCursor(WHAT, utf8, offset, length)));
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
     * Returns the client nonce.
     *
     * @return the cnonce, or {@code null} when absent
     */
    public String cnonce() {
        return parameter("cnonce");
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
}
