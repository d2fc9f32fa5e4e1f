package io.drachtio.wire;

/**
 * Field 6 of a {@code proxy} command: how the server tries several destinations. The server forks
 * simultaneously only for the exact text {@code simultaneous}; anything else means one after
 * another.
 */
public enum ForkMode {

    /** {@code serial}: one destination after another (what drachtio-srf sends by default). */
    SERIAL("serial"),

    /** {@code simultaneous}: all destinations at once. */
    SIMULTANEOUS("simultaneous"),

    /** An empty field; the server then forks serially. Kept so that such commands re-encode unchanged. */
    UNSPECIFIED("");

    private final String wireName;

    ForkMode(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the field text.
     *
     * @return {@code serial}, {@code simultaneous} or the empty string
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Maps field 6 the way the server reads it.
     *
     * @param text the field text
     * @return {@link #SIMULTANEOUS} for {@code simultaneous}, {@link #UNSPECIFIED} for an empty
     *     field, {@link #SERIAL} for anything else
     */
    public static ForkMode fromWire(String text) {
        if (text.isEmpty()) {
            return UNSPECIFIED;
        }
        return SIMULTANEOUS.wireName.equals(text) ? SIMULTANEOUS : SERIAL;
    }
}
