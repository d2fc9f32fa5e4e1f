package io.drachtio.sip.internal;

/**
 * Reads and writes the {@code *( SEMI generic-param )} tail shared by name-addr headers, Via and
 * Content-Type: {@code ;name}, {@code ;name=token}, {@code ;name=[v6]} or {@code ;name="quoted"},
 * with optional whitespace around {@code ;} and {@code =}.
 */
public final class GenericParameters {

    /** Parameter names common enough to be shared constants instead of new Strings. */
    private static final String[] FREQUENT_NAMES = {"branch", "tag", "lr", "rport", "received", "transport",
        "expires", "q", "maddr", "ttl", "user", "method", "boundary", "charset"};

    private GenericParameters() {
    }

    /**
     * Reads parameters while the next non-blank character is {@code ;}. Quoted values are returned
     * unquoted.
     *
     * @param cursor positioned just after the element the parameters belong to
     * @return the parameters, possibly empty; the cursor stays before any trailing whitespace
     */
    public static ParameterMap read(ValueCursor cursor) {
        if (!cursor.consumeSeparator(';')) {
            return ParameterMap.EMPTY;
        }
        ParameterMap.Builder params = ParameterMap.builder();
        do {
            String name = cursor.token("parameter name expected", FREQUENT_NAMES);
            String value = "";
            if (cursor.consumeSeparator('=')) {
                value = readValue(cursor);
            }
            params.add(name, value);
        } while (cursor.consumeSeparator(';'));
        return params.build();
    }

    /**
     * Reads one parameter value: a quoted string (returned unquoted) or token/host characters.
     *
     * @param cursor positioned at the value
     * @return the value
     */
    public static String readValue(ValueCursor cursor) {
        if (cursor.peek() == '"') {
            return cursor.quotedString();
        }
        String value = cursor.paramValueChars();
        if (value.isEmpty()) {
            throw cursor.error("parameter value expected");
        }
        return value;
    }

    /**
     * Appends {@code ;name=value} for each parameter ({@code ;name} for flags), quoting values that
     * are not plain token/host text.
     *
     * @param params the parameters
     * @param out where to write
     */
    public static void write(ParameterMap params, StringBuilder out) {
        for (int i = 0; i < params.size(); i++) {
            out.append(';').append(params.nameAt(i));
            String value = params.valueAt(i);
            if (!value.isEmpty()) {
                out.append('=');
                writeValue(value, out);
            }
        }
    }

    /**
     * Appends a value as is if it is plain token/host text, as a quoted string otherwise.
     *
     * @param value the value
     * @param out where to write
     */
    public static void writeValue(String value, StringBuilder out) {
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            plain = CharClasses.isParamValue(value.charAt(i));
        }
        if (plain) {
            out.append(value);
        } else {
            writeQuoted(value, out);
        }
    }

    /**
     * Appends {@code text} as a quoted string, escaping {@code "} and {@code \}.
     *
     * @param text the text
     * @param out where to write
     */
    public static void writeQuoted(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
