package io.drachtio.testserver.engine;

import java.time.Duration;

/**
 * Reads the provisional timeout field of a {@code proxy} command (§5.6): {@code 2s}, {@code 1500ms} or
 * plain milliseconds.
 */
public final class ProxyTimeouts {

    private ProxyTimeouts() {
    }

    /**
     * Parses the field.
     *
     * @param text the field, or {@code null}/empty
     * @return the timeout, or {@code null} when the field is empty or not a number
     */
    public static Duration parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
