package io.drachtio.sip.internal;

/**
 * The parameters of a value, checked when the value was read but decoded only when asked for:
 * {@link #get(String)} decodes one value, {@link #toMap()} all of them (once). Meant for values of
 * which usually a single parameter is read, such as the top Via and its {@code branch}.
 *
 * <p>Decoding reads the value's bytes without moving the cursor they were scanned with, so an
 * instance may be shared between threads once created. It keeps a reference to those bytes.
 */
public final class ScannedParameters {

    private final ValueCursor source;
    private final int[] positions;
    private ParameterMap map;

    private ScannedParameters(ValueCursor source, int[] positions) {
        this.source = source;
        this.positions = positions;
    }

    /**
     * Reads and checks parameters ({@link GenericParameters#scan(ValueCursor)}).
     *
     * @param cursor positioned just after the element the parameters belong to
     * @return the parameters; the cursor stays before any trailing whitespace
     */
    public static ScannedParameters scan(ValueCursor cursor) {
        return new ScannedParameters(cursor, GenericParameters.scan(cursor));
    }

    /**
     * Returns the value of the first parameter with an ASCII name (compared case-insensitively).
     *
     * @param name the name, such as {@code branch}
     * @return the value, unquoted ("" for a flag), or {@code null} when absent
     */
    public String get(String name) {
        ParameterMap decoded = map;
        if (decoded != null) {
            return decoded.get(name);
        }
        int index = indexOf(name);
        return index < 0 ? null : value(index);
    }

    /**
     * Finds the first parameter with an ASCII name (compared case-insensitively), decoding nothing.
     *
     * @param name the name, such as {@code rport}
     * @return its index, or -1 when absent
     */
    public int indexOf(String name) {
        return GenericParameters.indexOf(source, positions, name);
    }

    /**
     * Tells whether a parameter is a flag (has no {@code =value}).
     *
     * @param index the index of the parameter
     * @return {@code true} for a flag
     */
    public boolean isFlag(int index) {
        return GenericParameters.isFlag(positions, index);
    }

    /**
     * Decodes the value of a parameter.
     *
     * @param index the index of the parameter
     * @return the value, unquoted; "" for a flag
     */
    public String value(int index) {
        return GenericParameters.value(source, positions, index);
    }

    /**
     * Returns every parameter, decoded on the first call.
     *
     * @return the parameters in order
     */
    public ParameterMap toMap() {
        ParameterMap decoded = map;
        if (decoded == null) {
            decoded = GenericParameters.toMap(source, positions);
            map = decoded;
        }
        return decoded;
    }
}
