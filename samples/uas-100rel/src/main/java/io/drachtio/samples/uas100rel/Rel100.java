package io.drachtio.samples.uas100rel;

import io.drachtio.sip.SipRequest;

/** Reliable provisional responses (RFC 3262): whether a caller can acknowledge them with a PRACK. */
public final class Rel100 {

    /** The option tag of reliable provisional responses. */
    public static final String OPTION_TAG = "100rel";

    private Rel100() {
    }

    /**
     * Tells whether a request allows a reliable provisional response.
     *
     * @param request the INVITE
     * @return {@code true} when its {@code Supported} or {@code Require} header lists {@code 100rel}
     */
    public static boolean isSupportedBy(SipRequest request) {
        return lists(request, "Supported") || lists(request, "Require");
    }

    private static boolean lists(SipRequest request, String header) {
        for (String tag : request.headerValues(header)) {
            if (OPTION_TAG.equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }
}
