package io.drachtio.sip;

/**
 * Parses a header value from its UTF-8 bytes, such as {@code Via::parseFirst}: the parsed views
 * read header values this way, straight from the message bytes.
 *
 * @param <T> the parsed type
 */
@FunctionalInterface
interface ValueParser<T> {

    /**
     * Parses {@code utf8[offset, offset + length)}, a trimmed and unfolded header value.
     *
     * @param utf8 the array holding the value (not modified)
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed value
     * @throws SipParseException if the value is malformed
     */
    T parse(byte[] utf8, int offset, int length);
}
