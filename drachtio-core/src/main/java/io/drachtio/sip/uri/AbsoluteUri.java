package io.drachtio.sip.uri;

import io.drachtio.sip.SipParseException;
import java.util.Locale;

/**
 * A URI of a scheme this library does not interpret (RFC 3261 {@code absoluteURI}), such as
 * {@code http:}, {@code urn:} or an unknown scheme; kept as text.
 *
 * @param scheme the scheme in lower case
 * @param schemeSpecificPart everything after the first colon
 * @param text the whole URI text
 */
public record AbsoluteUri(String scheme, String schemeSpecificPart, String text) implements Uri {

    /**
     * Parses an absolute URI of any scheme: a scheme, a colon, and at least one character that is
     * not whitespace, a control character, {@code <}, {@code >} or {@code "}.
     *
     * @param text the URI text
     * @return the URI
     * @throws SipParseException if the text is not of that form
     */
    public static AbsoluteUri parse(String text) {
        int colon = Uris.schemeEnd(text);
        if (colon + 1 >= text.length()) {
            throw SipParseException.inValue("URI", colon + 1, "nothing after the scheme");
        }
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"') {
                throw SipParseException.inValue("URI", i, "character not allowed in a URI");
            }
        }
        return new AbsoluteUri(text.substring(0, colon).toLowerCase(Locale.ROOT), text.substring(colon + 1), text);
    }

    @Override
    public String toString() {
        return text;
    }
}
