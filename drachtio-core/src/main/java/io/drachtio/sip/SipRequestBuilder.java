package io.drachtio.sip;

import io.drachtio.sip.internal.CharClasses;

/**
 * Builds a {@link SipRequest}; start with {@link SipRequest#builder(String, String)}. Only the
 * headers given are written (plus Content-Length, see {@link SipMessageBuilder}); nothing else
 * (no Via, Max-Forwards or Call-ID) is invented.
 */
public final class SipRequestBuilder extends SipMessageBuilder<SipRequestBuilder> {

    private final String method;
    private final String requestUri;

    SipRequestBuilder(String method, String requestUri) {
        if (method == null || !CharClasses.isToken(method)) {
            throw new IllegalArgumentException("method must be a token: " + method);
        }
        SipRequest.checkRequestUri(requestUri);
        this.method = method;
        this.requestUri = requestUri;
    }

    @Override
    SipRequestBuilder self() {
        return this;
    }

    /**
     * Builds the request.
     *
     * @return a new request, serialised as {@code METHOD uri SIP/2.0}, the headers in order, the body
     */
    public SipRequest build() {
        return SipMessageParser.parseRequest(toBytes());
    }

    @Override
    String startLine() {
        return method + ' ' + requestUri + " SIP/2.0";
    }
}
