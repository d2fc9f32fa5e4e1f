package io.drachtio.client.internal;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.SipResponseBuilder;
import java.util.Locale;

/**
 * Builds responses the way drachtio-srf does: status line, then Call-ID, CSeq, From and To copied
 * from the request (no Via: the server adds it, and the To-tag), then whatever the application adds,
 * with {@code Content-Length} last.
 */
final class ResponseFactory {

    private static final String RELIABLE = "100rel";

    private ResponseFactory() {
    }

    /**
     * @param request the request being answered
     * @param status  the status code
     * @param reason  the reason phrase, or {@code null} for the standard one
     * @return a response to customise and send
     */
    static SipResponse create(SipRequest request, int status, String reason) {
        return builder(request, status, reason).build();
    }

    /**
     * The bytes of {@link #create} with nothing added: what an answer without customisation sends,
     * written at once instead of built, rendered and parsed again (Content-Length is already last).
     *
     * @param request the request being answered
     * @param status  the status code
     * @param reason  the reason phrase, or {@code null} for the standard one
     * @return the serialised response
     */
    static byte[] bytes(SipRequest request, int status, String reason) {
        return builder(request, status, reason).toBytes();
    }

    private static SipResponseBuilder builder(SipRequest request, int status, String reason) {
        SipResponseBuilder builder = SipResponse.builder(status);
        if (reason != null) {
            builder.reason(reason);
        }
        copy(request, builder, HeaderNames.CALL_ID);
        copy(request, builder, HeaderNames.CSEQ);
        copy(request, builder, HeaderNames.FROM);
        copy(request, builder, HeaderNames.TO);
        return builder;
    }

    private static void copy(SipRequest request, SipResponseBuilder builder, String name) {
        String value = request.header(name);
        if (value != null) {
            builder.header(name, value);
        }
    }

    /** @param response a response whose Content-Length is re-written as its last header */
    static void placeContentLengthLast(SipResponse response) {
        response.headers().remove(HeaderNames.CONTENT_LENGTH);
        response.headers().add(HeaderNames.CONTENT_LENGTH, Integer.toString(response.body().length));
    }

    /** @return {@code true} when a {@code Require} header asks for {@code 100rel} (RFC 3262) */
    static boolean asksForReliability(SipResponse response) {
        for (String value : response.headerValues(HeaderNames.REQUIRE)) {
            if (value.trim().toLowerCase(Locale.ROOT).equals(RELIABLE)) {
                return true;
            }
        }
        return false;
    }
}
