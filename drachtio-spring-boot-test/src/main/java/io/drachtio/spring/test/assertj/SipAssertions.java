package io.drachtio.spring.test.assertj;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.AppRequest;

/**
 * Entry point of the kit's AssertJ assertions; import its {@code assertThat} methods statically
 * beside AssertJ's own.
 *
 * <pre>{@code
 * import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
 *
 * assertThat(call.awaitFinalResponse()).hasStatus(200).hasContentType("application/sdp");
 * assertThat(sip.awaitRequest("INVITE")).hasValidCredentials("alice", "s3cret");
 * }</pre>
 */
public final class SipAssertions {

    private SipAssertions() {
    }

    /**
     * Starts assertions on a response.
     *
     * @param actual the response
     * @return the assertion
     */
    public static SipResponseAssert assertThat(SipResponse actual) {
        return new SipResponseAssert(actual);
    }

    /**
     * Starts assertions on a request.
     *
     * @param actual the request
     * @return the assertion
     */
    public static SipRequestAssert assertThat(SipRequest actual) {
        return new SipRequestAssert(actual);
    }

    /**
     * Starts assertions on a request the application sent to the network.
     *
     * @param actual the request as the server put it on the network
     * @return the assertion on its SIP message
     */
    public static SipRequestAssert assertThat(AppRequest actual) {
        return new SipRequestAssert(actual == null ? null : actual.request());
    }
}
