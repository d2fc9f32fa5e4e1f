package io.drachtio.sip.header;

import io.drachtio.sip.internal.GenericParameters;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.ValueCursor;
import java.util.Locale;
import java.util.Set;

/**
 * The shared shape of challenges and credentials (RFC 3261 §25.1, RFC 7235):
 * {@code scheme LWS name=value *(COMMA name=value)}, values tokens or quoted strings.
 */
record AuthValue(String scheme, ParameterMap parameters) {

    /** Reads a whole challenge or credentials value. */
    static AuthValue read(ValueCursor cursor) {
        cursor.skipWhitespace();
        String scheme = cursor.token("authentication scheme expected");
        if (!cursor.skipWhitespace()) {
            throw cursor.error("whitespace expected after the authentication scheme");
        }
        ParameterMap.Builder params = ParameterMap.builder();
        do {
            String name = cursor.token("parameter name expected");
            if (!cursor.consumeSeparator('=')) {
                throw cursor.error("'=' expected after parameter name");
            }
            params.add(name, GenericParameters.readValue(cursor));
        } while (cursor.consumeSeparator(','));
        cursor.expectEnd();
        return new AuthValue(scheme, params.build());
    }

    /** Renders {@code scheme name="value", …}, leaving the names in {@code unquoted} without quotes. */
    String render(Set<String> unquoted) {
        StringBuilder out = new StringBuilder(128).append(scheme);
        for (int i = 0; i < parameters.size(); i++) {
            out.append(i == 0 ? " " : ", ").append(parameters.nameAt(i)).append('=');
            if (unquoted.contains(parameters.nameAt(i).toLowerCase(Locale.ROOT))) {
                out.append(parameters.valueAt(i));
            } else {
                GenericParameters.writeQuoted(parameters.valueAt(i), out);
            }
        }
        return out.toString();
    }
}
