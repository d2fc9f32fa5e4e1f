package io.drachtio.sip.uri;

import io.drachtio.sip.SipParseException;

/**
 * Parses URI text into the right {@link Uri} type by its scheme.
 */
public final class Uris {

    private Uris() {
    }

    /**
     * Parses a URI: {@code sip}/{@code sips} give a {@link SipUri}, {@code tel} a {@link TelUri},
     * any other well-formed scheme an {@link AbsoluteUri}.
     *
     * @param text the URI text
     * @return the parsed URI
     * @throws SipParseException if the text is not a valid URI
     */
    public static Uri parse(String text) {
        int colon = schemeEnd(text);
        if (colon == 3 && text.regionMatches(true, 0, "sip", 0, 3)
                || colon == 4 && text.regionMatches(true, 0, "sips", 0, 4)) {
            return SipUri.parse(text);
        }
        if (colon == 3 && text.regionMatches(true, 0, "tel", 0, 3)) {
            return TelUri.parse(text);
        }
        return AbsoluteUri.parse(text);
    }

    /**
     * Finds the colon that ends a valid scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )}).
     *
     * @param text the URI text
     * @return the index of the colon
     * @throws SipParseException if the text does not start with a scheme and a colon
     */
    static int schemeEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean alpha = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == ':' && i > 0) {
                return i;
            }
            if (!(alpha || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                break;
            }
            i++;
        }
        throw SipParseException.inValue("URI", i, "URI scheme expected");
    }
}
