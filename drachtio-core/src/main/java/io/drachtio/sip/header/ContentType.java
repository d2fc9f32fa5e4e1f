package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.GenericParameters;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.ValueCursor;
import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type header (RFC 3261 §20.15): {@code type/subtype;param=value}. Immutable.
 */
public final class ContentType {

    private static final String WHAT = "Content-Type";

    private final String type;
    private final String subtype;
    private final ParameterMap parameters;

    private ContentType(String type, String subtype, ParameterMap parameters) {
        this.type = type;
        this.subtype = subtype;
        this.parameters = parameters;
    }

    /**
     * Parses a Content-Type value.
     *
     * @param value the value, such as {@code multipart/mixed;boundary=unique-boundary-1}
     * @return the parsed value
     * @throws SipParseException if the value is malformed
     */
    public static ContentType parse(String value) {
        return read(new ValueCursor(WHAT, value));
    }

    /**
     * Parses a Content-Type value from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed value
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static ContentType parse(byte[] utf8, int offset, int length) {
        return read(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static ContentType read(ValueCursor cursor) {
        cursor.skipWhitespace();
        String type = cursor.token("media type expected");
        if (!cursor.consumeSeparator('/')) {
            throw cursor.error("'/' expected after the media type");
        }
        String subtype = cursor.token("media subtype expected");
        ParameterMap parameters = GenericParameters.read(cursor);
        cursor.expectEnd();
        return new ContentType(type, subtype, parameters);
    }

    /**
     * Returns the type as written.
     *
     * @return for example {@code application}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the subtype as written.
     *
     * @return for example {@code sdp}
     */
    public String subtype() {
        return subtype;
    }

    /**
     * Returns type and subtype in lower case, for comparisons.
     *
     * @return for example {@code application/sdp}
     */
    public String mediaType() {
        return (type + '/' + subtype).toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether the type is {@code multipart}.
     *
     * @return {@code true} for any multipart subtype
     */
    public boolean isMultipart() {
        return type.equalsIgnoreCase("multipart");
    }

    /**
     * Returns the parameters in order; keys are looked up case-insensitively, quoted values unquoted.
     *
     * @return the parameters, possibly empty
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns one parameter (name compared case-insensitively).
     *
     * @param name the parameter name, such as {@code boundary} or {@code charset}
     * @return the value, or {@code null} when absent
     */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Renders the value.
     *
     * @return {@code type/subtype;params}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(32).append(type).append('/').append(subtype);
        GenericParameters.write(parameters, out);
        return out.toString();
    }
}
