package io.drachtio.spring.test.assertj;

import io.drachtio.sip.SipResponse;

/**
 * Assertions on a SIP response, e.g. one the application sent to a caller on the network:
 *
 * <pre>{@code
 * assertThat(call.awaitResponse(183)).isReliable().hasContentType("application/sdp");
 * assertThat(call.awaitFinalResponse()).hasStatus(486).hasReason("Busy Here").hasHeader("Retry-After", "30");
 * }</pre>
 */
public final class SipResponseAssert extends AbstractSipMessageAssert<SipResponseAssert, SipResponse> {

    /**
     * Creates the assertion; use {@link SipAssertions#assertThat(SipResponse)}.
     *
     * @param actual the response
     */
    public SipResponseAssert(SipResponse actual) {
        super(actual, SipResponseAssert.class);
    }

    /**
     * Verifies the status code.
     *
     * @param status the expected status
     * @return this assertion
     */
    public SipResponseAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected status %d but was %d %s in%n%s", status, actual.status(), actual.reason(), actual);
        }
        return this;
    }

    /**
     * Verifies the reason phrase.
     *
     * @param reason the expected phrase
     * @return this assertion
     */
    public SipResponseAssert hasReason(String reason) {
        isNotNull();
        return hasPart("reason", reason, actual.reason());
    }

    /**
     * Verifies that the response is provisional (1xx).
     *
     * @return this assertion
     */
    public SipResponseAssert isProvisional() {
        return hasStatusClass(1, "a provisional (1xx)");
    }

    /**
     * Verifies that the response is a success (2xx).
     *
     * @return this assertion
     */
    public SipResponseAssert isSuccessful() {
        return hasStatusClass(2, "a successful (2xx)");
    }

    /**
     * Verifies that the response is final (200–699).
     *
     * @return this assertion
     */
    public SipResponseAssert isFinal() {
        isNotNull();
        if (actual.status() < 200) {
            failWithMessage("Expected a final response but was %d %s", actual.status(), actual.reason());
        }
        return this;
    }

    /**
     * Verifies that the response is a reliable provisional response (RFC 3262): a 1xx other than 100
     * with {@code Require: 100rel} and an {@code RSeq}.
     *
     * @return this assertion
     */
    public SipResponseAssert isReliable() {
        isProvisional();
        boolean requires100rel = false;
        for (String value : actual.headerValues("Require")) {
            requires100rel |= value.contains("100rel");
        }
        if (!requires100rel || !actual.hasHeader("RSeq") || actual.status() == 100) {
            failWithMessage("Expected a reliable provisional response (Require: 100rel and RSeq) but got%n%s", actual);
        }
        return this;
    }

    private SipResponseAssert hasStatusClass(int hundreds, String what) {
        isNotNull();
        if (actual.status() / 100 != hundreds) {
            failWithMessage("Expected %s response but was %d %s", what, actual.status(), actual.reason());
        }
        return this;
    }
}
