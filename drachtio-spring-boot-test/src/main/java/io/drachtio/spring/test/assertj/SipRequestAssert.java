package io.drachtio.spring.test.assertj;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.auth.DigestVerifier;
import io.drachtio.sip.header.DigestCredentials;

/**
 * Assertions on a SIP request, e.g. one the application sent to the network:
 *
 * <pre>{@code
 * AppRequest retry = sip.awaitRequest("INVITE");
 * assertThat(retry).hasRequestUri("sip:bob@example.com").hasValidCredentials("alice", "s3cret");
 * }</pre>
 */
public final class SipRequestAssert extends AbstractSipMessageAssert<SipRequestAssert, SipRequest> {

    /**
     * Creates the assertion; use {@link SipAssertions#assertThat(SipRequest)}.
     *
     * @param actual the request
     */
    public SipRequestAssert(SipRequest actual) {
        super(actual, SipRequestAssert.class);
    }

    /**
     * Verifies the method.
     *
     * @param method the expected method, e.g. {@code INVITE}
     * @return this assertion
     */
    public SipRequestAssert hasMethod(String method) {
        isNotNull();
        return hasPart("method", method, actual.method());
    }

    /**
     * Verifies the Request-URI (as text).
     *
     * @param requestUri the expected Request-URI
     * @return this assertion
     */
    public SipRequestAssert hasRequestUri(String requestUri) {
        isNotNull();
        return hasPart("Request-URI", requestUri, actual.requestUri());
    }

    /**
     * Verifies that the request carries digest credentials ({@code Authorization}, else
     * {@code Proxy-Authorization}) that are correct for a user and password: right user name and a
     * response that matches the method, URI, nonce and (for {@code auth-int}) the body.
     *
     * @param username the expected user name
     * @param password the password the credentials must have been computed with
     * @return this assertion
     */
    public SipRequestAssert hasValidCredentials(String username, String password) {
        DigestCredentials credentials = credentials();
        if (credentials == null) {
            failWithMessage("Expected digest credentials of %s but the request has no Authorization or "
                    + "Proxy-Authorization header:%n%s", username, actual);
            return this;
        }
        if (!username.equals(credentials.username())) {
            failWithMessage("Expected credentials of %s but they are of %s", username, credentials.username());
        }
        if (!DigestVerifier.verify(credentials, password, actual.method(), actual.body())) {
            failWithMessage("Expected credentials of %s computed with the given password, but the digest response "
                    + "does not match (realm %s, nonce %s, uri %s)", username, credentials.realm(), credentials.nonce(),
                    credentials.uri());
        }
        return this;
    }

    /**
     * Verifies that the request carries no credentials (e.g. a first attempt before a challenge).
     *
     * @return this assertion
     */
    public SipRequestAssert hasNoCredentials() {
        isNotNull();
        if (actual.hasHeader("Authorization") || actual.hasHeader("Proxy-Authorization")) {
            failWithMessage("Expected no credentials but found%n%s", actual);
        }
        return this;
    }

    private DigestCredentials credentials() {
        isNotNull();
        try {
            return actual.authorization() != null ? actual.authorization() : actual.proxyAuthorization();
        } catch (SipParseException e) {
            failWithMessage("Expected digest credentials but the header does not parse (%s):%n%s", e.getMessage(), actual);
            return null;
        }
    }
}
