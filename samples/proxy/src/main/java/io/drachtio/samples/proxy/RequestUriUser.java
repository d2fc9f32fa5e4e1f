package io.drachtio.samples.proxy;

import io.drachtio.sip.uri.SipUri;
import java.util.Optional;

/**
 * The user part of a SIP Request-URI exactly as written (percent-escapes kept), so that it can be put into
 * another URI or a header as it is, without unescaped characters such as {@code ;}, {@code @} or CR LF
 * changing their meaning.
 */
public final class RequestUriUser {

    private RequestUriUser() {
    }

    /**
     * Returns the user part of a Request-URI.
     *
     * @param requestUri the parsed Request-URI
     * @return the user part as written, or empty when the URI has none (e.g. {@code sip:example.com})
     */
    public static Optional<String> of(SipUri requestUri) {
        if (requestUri.user() == null) {
            return Optional.empty();
        }
        String text = requestUri.toString();
        int start = text.indexOf(':') + 1;
        int at = text.indexOf('@', start);
        int passwordColon = text.indexOf(':', start);
        int end = passwordColon >= 0 && passwordColon < at ? passwordColon : at;
        return Optional.of(text.substring(start, end));
    }
}
