package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.CharClasses;
import io.drachtio.sip.internal.GenericParameters;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.ValueCursor;
import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of From, To, Contact, Route, Record-Route, Refer-To, P-Asserted-Identity and similar
 * headers: an optional display name, a URI and header parameters (RFC 3261 §20.10). Both the
 * {@code name-addr} form ({@code "Alice" <sip:a@b>;tag=1}) and the bare {@code addr-spec} form
 * ({@code sip:a@b;tag=1}, where {@code ;tag} is a header parameter) are read; a bare URI with
 * URI headers ({@code ?}) is rejected since it must be enclosed in {@code <>}. The Contact
 * wildcard {@code *} is represented by {@link #isWildcard()} (its {@link #uri()} is {@code null}).
 * Immutable.
 */
public final class NameAddress {

    private static final String WHAT = "name-addr";
    private static final NameAddress WILDCARD = new NameAddress(null, null, ParameterMap.EMPTY);

    private final String displayName;
    private final Uri uri;
    private final ParameterMap parameters;

    private NameAddress(String displayName, Uri uri, ParameterMap parameters) {
        this.displayName = displayName;
        this.uri = uri;
        this.parameters = parameters;
    }

    /**
     * Creates a name-addr without display name or parameters.
     *
     * @param uri the URI
     * @return the name-addr
     */
    public static NameAddress of(Uri uri) {
        return of(null, uri);
    }

    /**
     * Creates a name-addr without parameters.
     *
     * @param displayName the display name (unquoted), or {@code null}
     * @param uri the URI
     * @return the name-addr
     */
    public static NameAddress of(String displayName, Uri uri) {
        return new NameAddress(displayName, Objects.requireNonNull(uri, "uri"), ParameterMap.EMPTY);
    }

    /**
     * Returns the Contact wildcard {@code *}.
     *
     * @return the wildcard
     */
    public static NameAddress wildcard() {
        return WILDCARD;
    }

    /**
     * Parses one value.
     *
     * @param value the header value, such as {@code "Bob" <sip:bob@b.example>;tag=a6c85cf}
     * @return the parsed value
     * @throws SipParseException if the value is malformed
     */
    public static NameAddress parse(String value) {
        return single(new ValueCursor(WHAT, value));
    }

    /**
     * Parses one value from its UTF-8 bytes, read in place; see {@link #parse(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the parsed value
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static NameAddress parse(byte[] utf8, int offset, int length) {
        return single(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static NameAddress single(ValueCursor cursor) {
        NameAddress result = read(cursor);
        cursor.expectEnd();
        return result;
    }

    /**
     * Parses a comma-separated list of values (commas inside quotes and {@code <>} do not split).
     *
     * @param value the header value
     * @return the values in order, at least one
     * @throws SipParseException if the value is malformed
     */
    public static List<NameAddress> parseList(String value) {
        return list(new ValueCursor(WHAT, value));
    }

    /**
     * Parses a comma-separated list of values from their UTF-8 bytes, read in place; see
     * {@link #parseList(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the values in order, at least one
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static List<NameAddress> parseList(byte[] utf8, int offset, int length) {
        return list(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static List<NameAddress> list(ValueCursor cursor) {
        List<NameAddress> list = new ArrayList<>(2);
        do {
            list.add(read(cursor));
        } while (cursor.consumeSeparator(','));
        cursor.expectEnd();
        return list;
    }

    private static NameAddress read(ValueCursor cursor) {
        cursor.skipWhitespace();
        if (cursor.consume('*')) {
            return WILDCARD;
        }
        String displayName = null;
        Uri uri;
        if (cursor.peek() == '"') {
            displayName = cursor.quotedString();
            cursor.skipWhitespace();
            uri = enclosedUri(cursor);
        } else if (cursor.peek() == '<') {
            uri = enclosedUri(cursor);
        } else {
            int start = cursor.position();
            cursor.skipToken("display name or URI expected");
            if (cursor.peek() == ':') {
                return new NameAddress(null, bareUri(cursor, start), GenericParameters.read(cursor));
            }
            int end = cursor.position();
            while (true) {
                cursor.skipWhitespace();
                if (cursor.peek() == '<') {
                    break;
                }
                if (!CharClasses.isToken(cursor.peek())) {
                    throw cursor.error(cursor.atEnd() ? "'<' expected after display name"
                            : "character not allowed in an unquoted display name");
                }
                cursor.skipToken("display name expected");
                end = cursor.position();
            }
            displayName = cursor.substring(start, end);
            uri = enclosedUri(cursor);
        }
        return new NameAddress(displayName, uri, GenericParameters.read(cursor));
    }

    private static Uri enclosedUri(ValueCursor cursor) {
        cursor.expect('<', "'<' expected");
        int start = cursor.position();
        int close = cursor.indexOf('>', start);
        if (close < 0) {
            throw cursor.error("'>' expected");
        }
        Uri uri = uriAt(cursor, start, close);
        cursor.moveTo(close + 1);
        return uri;
    }

    private static Uri bareUri(ValueCursor cursor, int start) {
        int end = start;
        while (end < cursor.length()) {
            int c = cursor.byteAt(end);
            if (c == ';' || c == ',' || c == ' ' || c == '\t') {
                break;
            }
            if (c == '?') {
                throw cursor.errorAt(end, "a URI with headers must be enclosed in <>");
            }
            end++;
        }
        Uri uri = uriAt(cursor, start, end);
        cursor.moveTo(end);
        return uri;
    }

    private static Uri uriAt(ValueCursor cursor, int start, int end) {
        for (int i = start; i < end; i++) {
            if (cursor.byteAt(i) <= ' ') {
                throw cursor.errorAt(i, "whitespace inside a URI");
            }
        }
        try {
            return Uris.parse(cursor.substring(start, end));
        } catch (SipParseException e) {
            throw SipParseException.inValue(WHAT, cursor.characterPosition(start) + Math.max(0, e.offset()), e.reason());
        }
    }

    /**
     * Returns the display name, unquoted and unescaped.
     *
     * @return the display name, or {@code null} when absent
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the URI.
     *
     * @return the URI, or {@code null} for the wildcard
     */
    public Uri uri() {
        return uri;
    }

    /**
     * Returns the header parameters (after the URI) in order; keys are looked up case-insensitively,
     * flags map to "", quoted values are returned unquoted.
     *
     * @return the parameters, possibly empty
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns one header parameter (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return the value ("" for a flag), or {@code null} when absent
     */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Returns the {@code tag} parameter.
     *
     * @return the tag, or {@code null} when absent
     */
    public String tag() {
        return parameters.get("tag");
    }

    /**
     * Tells whether this is the Contact wildcard {@code *}.
     *
     * @return {@code true} for the wildcard
     */
    public boolean isWildcard() {
        return uri == null;
    }

    /**
     * Returns a copy with a header parameter set (replaced in place, or appended).
     *
     * @param name the parameter name (a token)
     * @param value the value, "" for a flag
     * @return the copy
     */
    public NameAddress withParameter(String name, String value) {
        if (isWildcard()) {
            throw new IllegalStateException("the wildcard has no parameters");
        }
        if (!CharClasses.isToken(name)) {
            throw new IllegalArgumentException("parameter name must be a token: " + name);
        }
        return new NameAddress(displayName, uri, parameters.with(name, value == null ? "" : value));
    }

    /**
     * Returns a copy with the {@code tag} parameter set.
     *
     * @param tag the tag
     * @return the copy
     */
    public NameAddress withTag(String tag) {
        return withParameter("tag", tag);
    }

    /**
     * Renders the value in {@code name-addr} form: {@code "Display" <uri>;param=value}, or {@code *}.
     *
     * @return the header value text
     */
    @Override
    public String toString() {
        if (isWildcard()) {
            return "*";
        }
        StringBuilder out = new StringBuilder(64);
        if (displayName != null) {
            GenericParameters.writeQuoted(displayName, out);
            out.append(' ');
        }
        out.append('<').append(uri).append('>');
        GenericParameters.write(parameters, out);
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameAddress that && Objects.equals(displayName, that.displayName)
                && Objects.equals(uri, that.uri) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, uri, parameters);
    }
}
