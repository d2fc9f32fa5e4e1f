package io.drachtio.sip;

/**
 * Builds a {@link SipResponse}; start with {@link SipResponse#builder(int)} or use
 * {@link SipResponse#forRequest(SipRequest, int)}. Only the headers given are written (plus
 * Content-Length, see {@link SipMessageBuilder}).
 */
public final class SipResponseBuilder extends SipMessageBuilder<SipResponseBuilder> {

    private final int status;
    private String reason;

    SipResponseBuilder(int status) {
        SipResponse.checkStatus(status);
        this.status = status;
        this.reason = ReasonPhrases.of(status);
    }

    @Override
    SipResponseBuilder self() {
        return this;
    }

    /**
     * Sets the reason phrase (default: {@link ReasonPhrases#of(int)}).
     *
     * @param phrase the phrase, without CR or LF
     * @return this builder
     */
    public SipResponseBuilder reason(String phrase) {
        SipResponse.checkReason(phrase);
        this.reason = phrase;
        return this;
    }

    /**
     * Builds the response.
     *
     * @return a new response, serialised as {@code SIP/2.0 status reason}, the headers in order, the body
     */
    public SipResponse build() {
        return SipMessageParser.parseResponse(toBytes());
    }

    @Override
    String startLine() {
        return "SIP/2.0 " + status + ' ' + reason;
    }
}
