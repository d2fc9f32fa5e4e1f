package io.drachtio.sip.internal;

import java.util.Arrays;

/**
 * Reads and writes the {@code *( SEMI generic-param )} tail shared by name-addr headers, Via and
 * Content-Type: {@code ;name}, {@code ;name=token}, {@code ;name=[v6]} or {@code ;name="quoted"},
 * with optional whitespace around {@code ;} and {@code =}.
 */
public final class GenericParameters {

    /** Parameter names common enough to be shared constants instead of new Strings. */
    private static final KnownTokens FREQUENT_NAMES = new KnownTokens("branch", "tag", "lr", "rport", "received",
        "transport", "expires", "q", "maddr", "ttl", "user", "method", "boundary", "charset");

    /** Positions kept per parameter: name start, name end, value start ({@link #FLAG} for none), value end. */
    private static final int STRIDE = 4;
    private static final int FLAG = -1;
    private static final int[] NONE = {0};
    /** Parameters the positions array has room for at first (a Via's branch and rport, a tag). */
    private static final int TYPICAL_COUNT = 2;

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
        return toMap(cursor, scan(cursor));
    }

    /**
     * Reads and checks parameters like {@link #read(ValueCursor)} but decodes nothing: the result
     * holds where each name and value is, for {@link #toMap}, {@link #indexOf}, {@link #isFlag}
     * and {@link #value}, which may decode them later from the same bytes (the cursor, kept as
     * {@link ValueBytes}).
     *
     * @param cursor positioned just after the element the parameters belong to
     * @return the positions (their count first, then four per parameter); the cursor stays before
     *         any trailing whitespace
     */
    public static int[] scan(ValueCursor cursor) {
        if (!cursor.consumeSeparator(';')) {
            return NONE;
        }
        int[] positions = new int[1 + TYPICAL_COUNT * STRIDE];
        int count = 0;
        do {
            positions = withRoomFor(positions, count + 1);
            int at = 1 + count * STRIDE;
            positions[at] = cursor.skipToken("parameter name expected");
            positions[at + 1] = cursor.position();
            positions[at + 2] = FLAG;
            if (cursor.consumeSeparator('=')) {
                positions[at + 2] = skipValue(cursor);
                positions[at + 3] = cursor.position();
            }
            count++;
        } while (cursor.consumeSeparator(';'));
        positions[0] = count;
        return positions;
    }

    /**
     * Scans parameters written the usual way in one pass: {@code ;name} or {@code ;name=value},
     * value of token or host characters, no whitespace and no quotes, up to the end of the value or
     * a comma. Gives the same positions as {@link #scan} for what it accepts and {@code null} for
     * anything else, which {@link #scan} then reads (and reports if malformed).
     *
     * @param value the bytes the positions refer to
     * @param from where the parameters start (a {@code ;}, or the end or a comma for none)
     * @return the positions, or {@code null} when the spelling needs {@link #scan}
     */
    public static int[] scanCompact(ValueBytes value, int from) {
        byte[] bytes = value.bytes;
        int base = value.offset;
        int end = value.length;
        int i = from;
        if (i == end || bytes[base + i] == ',') {
            return NONE;
        }
        if (bytes[base + i] != ';') {
            return null;
        }
        int[] positions = new int[1 + TYPICAL_COUNT * STRIDE];
        int count = 0;
        while (i < end && bytes[base + i] == ';') {
            int nameStart = ++i;
            i = AsciiRuns.skipToken(bytes, base + i, base + end) - base;
            if (i == nameStart) {
                return null;
            }
            positions = withRoomFor(positions, count + 1);
            int at = 1 + count * STRIDE;
            positions[at] = nameStart;
            positions[at + 1] = i;
            positions[at + 2] = FLAG;
            if (i < end && bytes[base + i] == '=') {
                int valueStart = ++i;
                i = AsciiRuns.skipParamValue(bytes, base + i, base + end) - base;
                if (i == valueStart) {
                    return null;
                }
                positions[at + 2] = valueStart;
                positions[at + 3] = i;
            }
            count++;
        }
        if (i < end && bytes[base + i] != ',') {
            return null;
        }
        positions[0] = count;
        return positions;
    }

    /** Returns the positions, grown (doubled) when they have no room for {@code count} parameters. */
    private static int[] withRoomFor(int[] positions, int count) {
        return 1 + count * STRIDE > positions.length ? Arrays.copyOf(positions, 1 + 2 * (count - 1) * STRIDE)
                : positions;
    }

    /**
     * Decodes scanned parameters.
     *
     * @param value the bytes they were scanned in (the cursor)
     * @param positions what {@link #scan(ValueCursor)} returned
     * @return the parameters
     */
    public static ParameterMap toMap(ValueBytes value, int[] positions) {
        int count = positions[0];
        if (count == 0) {
            return ParameterMap.EMPTY;
        }
        ParameterMap.Builder params = ParameterMap.builder();
        for (int i = 0; i < count; i++) {
            int at = 1 + i * STRIDE;
            params.add(value.text(positions[at], positions[at + 1], FREQUENT_NAMES), value(value, positions, i));
        }
        return params.build();
    }

    /**
     * Finds a scanned parameter by name.
     *
     * @param value the bytes they were scanned in
     * @param positions what {@link #scan(ValueCursor)} returned
     * @param name an ASCII name, compared case-insensitively
     * @return the index of the first parameter with that name, or -1
     */
    public static int indexOf(ValueBytes value, int[] positions, String name) {
        for (int i = 0; i < positions[0]; i++) {
            int at = 1 + i * STRIDE;
            if (value.equalsIgnoreCase(positions[at], positions[at + 1], name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Tells whether a scanned parameter is a flag (has no {@code =value}).
     *
     * @param positions what {@link #scan(ValueCursor)} returned
     * @param index which parameter
     * @return {@code true} for a flag
     */
    public static boolean isFlag(int[] positions, int index) {
        return positions[1 + index * STRIDE + 2] == FLAG;
    }

    /**
     * Reads the value of a scanned parameter as a decimal number, without decoding it to text.
     *
     * @param value the bytes they were scanned in
     * @param positions what {@link #scan(ValueCursor)} returned
     * @param index which parameter, not a flag
     * @param max the largest number accepted
     * @return the number, or -1 when the value is not one (quoted, not all digits, or over {@code max})
     */
    public static int numberValue(ValueBytes value, int[] positions, int index, int max) {
        int at = 1 + index * STRIDE;
        return value.decimal(positions[at + 2], positions[at + 3], max);
    }

    /**
     * Decodes the value of a scanned parameter.
     *
     * @param value the bytes they were scanned in
     * @param positions what {@link #scan(ValueCursor)} returned
     * @param index which parameter
     * @return the value, unquoted; "" for a flag
     */
    public static String value(ValueBytes value, int[] positions, int index) {
        int at = 1 + index * STRIDE;
        return valueAt(value, positions[at + 2], positions[at + 3]);
    }

    /**
     * Reads one parameter value: a quoted string (returned unquoted) or token/host characters.
     *
     * @param cursor positioned at the value
     * @return the value
     */
    public static String readValue(ValueCursor cursor) {
        int start = skipValue(cursor);
        return valueAt(cursor, start, cursor.position());
    }

    private static int skipValue(ValueCursor cursor) {
        if (cursor.peek() == '"') {
            return cursor.skipQuotedString();
        }
        int start = cursor.skipParamValueChars();
        if (start == cursor.position()) {
            throw cursor.error("parameter value expected");
        }
        return start;
    }

    private static String valueAt(ValueBytes value, int start, int end) {
        if (start == FLAG) {
            return "";
        }
        return value.byteAt(start) == '"' ? value.quotedStringAt(start) : value.text(start, end);
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
