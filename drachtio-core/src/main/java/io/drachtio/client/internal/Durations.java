package io.drachtio.client.internal;

import java.time.Duration;
import java.util.Locale;

/** Formats durations for log lines: {@code 150ms}, {@code 1.2s}, {@code 30s}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis % 1000 == 0) {
            return (millis / 1000) + "s";
        }
        return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
}
