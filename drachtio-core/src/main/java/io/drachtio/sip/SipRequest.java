package io.drachtio.sip;

import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;

/**
 * A SIP request. Create one with {@link SipMessageParser} or {@link #builder(String, String)}.
 */
public final class SipRequest extends SipMessage {

    private final int methodEnd;
    private final int uriStart;
    private final int uriEnd;
    private final int versionStart;
    private final int versionEnd;
    private String method;
    private String requestUri;
    private String sipVersion;
    private Uri uri;

    SipRequest(byte[] source, int start, int methodEnd, int uriStart, int uriEnd, int versionStart, int versionEnd,
               int startLineEnd,
               int headersStart, SipHeaders headers, int headersEnd, int bodyStart, int end) {
        super(source, start, startLineEnd, headersStart, headers, headersEnd, bodyStart, end);
        this.methodEnd = methodEnd;
        this.uriStart = uriStart;
        this.uriEnd = uriEnd;
        this.versionStart = versionStart;
        this.versionEnd = versionEnd;
    }

    /**
     * Starts building a request.
     *
     * @param method the method, such as {@link SipMethod#INVITE} (a token)
     * @param requestUri the Request-URI text (no whitespace)
     * @return a builder
     * @throws IllegalArgumentException if the method is not a token or the URI is empty or holds whitespace
     */
    public static SipRequestBuilder builder(String method, String requestUri) {
        return new SipRequestBuilder(method, requestUri);
    }

    /**
     * Returns the method.
     *
     * @return the method as written, such as {@code INVITE}
     */
    public String method() {
        if (method == null) {
            method = text(start, methodEnd);
        }
        return method;
    }

    /**
     * Returns the Request-URI as written.
     *
     * @return the raw text
     */
    public String requestUri() {
        if (requestUri == null) {
            requestUri = text(uriStart, uriEnd);
        }
        return requestUri;
    }

    /**
     * Replaces the Request-URI, as a proxy or B2BUA retargeting the request does. The start line
     * is written anew ({@code METHOD uri VERSION}, keeping its line break); the headers and the
     * body keep their bytes. The parsed {@link #uri()} follows the new text.
     *
     * @param requestUri the new Request-URI text, such as {@code sip:bob@192.0.2.4:5060}
     * @throws IllegalArgumentException if it is {@code null}, empty, or holds whitespace or control characters
     */
    public void setRequestUri(String requestUri) {
        checkRequestUri(requestUri);
        String method = method();
        String version = sipVersion();
        this.requestUri = requestUri;
        this.uri = null;
        replaceStartLine(method + ' ' + requestUri + ' ' + version);
    }

    /** Refuses a Request-URI that would break the start line. */
    static void checkRequestUri(String requestUri) {
        if (requestUri == null || requestUri.isEmpty()) {
            throw new IllegalArgumentException("Request-URI is required");
        }
        for (int i = 0; i < requestUri.length(); i++) {
            if (requestUri.charAt(i) <= ' ' || requestUri.charAt(i) == 0x7F) {
                throw new IllegalArgumentException("Request-URI must not contain whitespace or control characters");
            }
        }
    }

    /**
     * Returns the parsed Request-URI.
     *
     * @return the URI
     * @throws SipParseException if the Request-URI is not a valid URI
     */
    public Uri uri() {
        if (uri == null) {
            try {
                uri = Uris.parse(requestUri());
            } catch (SipParseException e) {
                throw SipParseException.inValue("Request-URI", e.offset(), e.reason());
            }
        }
        return uri;
    }

    @Override
    public String sipVersion() {
        if (sipVersion == null) {
            sipVersion = text(versionStart, versionEnd);
        }
        return sipVersion;
    }

    @Override
    public boolean isRequest() {
        return true;
    }

    /** Start of the Request-URI in the source bytes. */
    int uriStart() {
        return uriStart;
    }
}
