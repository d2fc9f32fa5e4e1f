package io.drachtio.sip.uri;

/**
 * A URI as it appears in a SIP message: a {@link SipUri} ({@code sip:}/{@code sips:}), a
 * {@link TelUri} ({@code tel:}) or any other scheme as an {@link AbsoluteUri}.
 * {@link #toString()} returns the text the URI was parsed from (or rendered from, for modified copies).
 */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

    /**
     * Returns the scheme in lower case.
     *
     * @return for example {@code "sip"}, {@code "sips"}, {@code "tel"}, {@code "http"}
     */
    String scheme();

    /**
     * Returns the URI text.
     *
     * @return the text
     */
    @Override
    String toString();

    /**
     * Parses a URI of any scheme; same as {@link Uris#parse(String)}.
     *
     * @param text the URI text
     * @return the parsed URI
     * @throws io.drachtio.sip.SipParseException if the text is not a valid URI
     */
    static Uri parse(String text) {
        return Uris.parse(text);
    }
}
