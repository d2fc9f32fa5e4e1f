package io.drachtio.testserver.stack;

import java.util.Objects;

/**
 * One header line: the name as written and the trimmed value.
 *
 * @param name  the header name, as the sender spelled it
 * @param value the value, trimmed
 */
public record HeaderLine(String name, String value) {

    /**
     * Checks that both parts are present.
     *
     * @param name the header name
     * @param value the value
     */
    public HeaderLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Tells whether this line has the given name, ignoring case.
     *
     * @param other a header name
     * @return {@code true} when the names are equal ignoring case
     */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
