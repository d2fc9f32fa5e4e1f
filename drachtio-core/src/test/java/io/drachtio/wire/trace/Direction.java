package io.drachtio.wire.trace;

/**
 * Direction of a recorded frame.
 */
public enum Direction {

    /** Client (application) to server: {@code "c2s"} in the trace files. */
    C2S("c2s"),

    /** Server to client: {@code "s2c"} in the trace files. */
    S2C("s2c");

    private final String fileName;

    Direction(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Returns the text used in the trace files.
     *
     * @return {@code c2s} or {@code s2c}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Maps the text used in the trace files.
     *
     * @param text {@code c2s} or {@code s2c}
     * @return the direction
     * @throws IllegalArgumentException for any other text
     */
    public static Direction fromFileName(String text) {
        for (Direction direction : values()) {
            if (direction.fileName.equals(text)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction: " + text);
    }
}
