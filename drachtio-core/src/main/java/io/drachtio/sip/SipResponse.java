package io.drachtio.sip;

/**
 * A SIP response. Create one with {@link SipMessageParser}, {@link #builder(int)} or
 * {@link #forRequest(SipRequest, int)}.
 */
public final class SipResponse extends SipMessage {

    private final int versionEnd;
    private final int reasonStart;
    private int status;
    private String reason;
    private String sipVersion;

    SipResponse(byte[] source, int start, int versionEnd, int status, int reasonStart, int startLineEnd,
                int headersStart, SipHeaders headers, int headersEnd, int bodyStart, int end) {
        super(source, start, startLineEnd, headersStart, headers, headersEnd, bodyStart, end);
        this.versionEnd = versionEnd;
        this.status = status;
        this.reasonStart = reasonStart;
    }

    /**
     * Starts building a response. Without {@link SipResponseBuilder#reason(String)} the reason
     * phrase is the standard one ({@link ReasonPhrases#of(int)}).
     *
     * @param status the status code, 100 to 699
     * @return a builder
     * @throws IllegalArgumentException if the status is out of range
     */
    public static SipResponseBuilder builder(int status) {
        return new SipResponseBuilder(status);
    }

    /**
     * Creates a response to a request (RFC 3261 §8.2.6): copies every Via value in order, From,
     * To, Call-ID and CSeq, with the standard reason phrase. No To-tag is added; the caller adds
     * it where needed. Content-Length is 0.
     *
     * @param request the request
     * @param status the status code, 100 to 699
     * @return the response
     */
    public static SipResponse forRequest(SipRequest request, int status) {
        return forRequest(request, status, null);
    }

    /**
     * Creates a response to a request; see {@link #forRequest(SipRequest, int)}.
     *
     * @param request the request
     * @param status the status code, 100 to 699
     * @param reason the reason phrase, or {@code null} for the standard one
     * @return the response
     */
    public static SipResponse forRequest(SipRequest request, int status, String reason) {
        SipResponseBuilder builder = builder(status);
        if (reason != null) {
            builder.reason(reason);
        }
        for (String via : request.headers().lineValues(HeaderKey.VIA)) {
            builder.header(HeaderNames.VIA, via);
        }
        copy(request, HeaderKey.FROM, builder);
        copy(request, HeaderKey.TO, builder);
        copy(request, HeaderKey.CALL_ID, builder);
        copy(request, HeaderKey.CSEQ, builder);
        return builder.build();
    }

    private static void copy(SipRequest request, HeaderKey key, SipResponseBuilder builder) {
        String value = request.headers().first(key);
        if (value != null) {
            builder.header(key.name(), value);
        }
    }

    /**
     * Returns the status code.
     *
     * @return 100 to 699
     */
    public int status() {
        return status;
    }

    /**
     * Changes the status code and reason phrase, as a B2BUA relaying a response with another
     * status does. The start line is written anew ({@code VERSION status reason}, keeping its line
     * break); the headers and the body keep their bytes.
     *
     * @param status the status code, 100 to 699
     * @param reason the reason phrase (may be empty), or {@code null} for the standard one
     *               ({@link ReasonPhrases#of(int)})
     * @throws IllegalArgumentException if the status is out of range or the reason holds CR or LF
     */
    public void setStatus(int status, String reason) {
        checkStatus(status);
        String phrase = reason == null ? ReasonPhrases.of(status) : reason;
        checkReason(phrase);
        String version = sipVersion();
        this.status = status;
        this.reason = phrase;
        replaceStartLine(version + ' ' + status + ' ' + phrase);
    }

    /** Refuses a status code outside 100 to 699. */
    static void checkStatus(int status) {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("status must be from 100 to 699: " + status);
        }
    }

    /** Refuses a reason phrase that would break the start line. */
    static void checkReason(String phrase) {
        if (phrase == null || phrase.indexOf('\r') >= 0 || phrase.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("reason phrase must not be null or contain CR or LF");
        }
    }

    /**
     * Returns the reason phrase.
     *
     * @return the phrase, possibly empty
     */
    public String reason() {
        if (reason == null) {
            reason = reasonStart >= startLineEnd ? "" : text(reasonStart, startLineEnd);
        }
        return reason;
    }

    @Override
    public String sipVersion() {
        if (sipVersion == null) {
            sipVersion = text(start, versionEnd);
        }
        return sipVersion;
    }

    @Override
    public boolean isRequest() {
        return false;
    }
}
