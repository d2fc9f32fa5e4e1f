package io.drachtio.wire;

import java.time.LocalTime;

/**
 * The time-of-day format of drachtio meta blocks and CDRs: {@code HH:MM:SS.uuuuuu} (UTC, six
 * digits of microseconds, no date), e.g. {@code 14:03:22.617394}.
 */
public final class WireTime {

    private static final int LENGTH = 15;

    private WireTime() {
    }

    /**
     * Formats a time of day the way drachtio-server does; sub-microsecond digits are dropped.
     *
     * @param time the time of day
     * @return {@code HH:MM:SS.uuuuuu}
     */
    public static String format(LocalTime time) {
        char[] out = new char[LENGTH];
        digits(out, 0, time.getHour(), 2);
        out[2] = ':';
        digits(out, 3, time.getMinute(), 2);
        out[5] = ':';
        digits(out, 6, time.getSecond(), 2);
        out[8] = '.';
        digits(out, 9, time.getNano() / 1000, 6);
        return new String(out);
    }

    /**
     * Parses {@code HH:MM:SS.uuuuuu}.
     *
     * @param text the text of a time field
     * @return the time of day
     * @throws DrachtioProtocolException when the text is not in that exact format or out of range
     */
    public static LocalTime parse(String text) {
        if (text.length() != LENGTH || text.charAt(2) != ':' || text.charAt(5) != ':' || text.charAt(8) != '.') {
            throw malformed(text);
        }
        int hour = number(text, 0, 2);
        int minute = number(text, 3, 2);
        int second = number(text, 6, 2);
        int micros = number(text, 9, 6);
        if (hour > 23 || minute > 59 || second > 59) {
            throw malformed(text);
        }
        return LocalTime.of(hour, minute, second, micros * 1000);
    }

    private static int number(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void digits(char[] out, int start, int value, int count) {
        int rest = value;
        for (int i = start + count - 1; i >= start; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static DrachtioProtocolException malformed(String text) {
        return new DrachtioProtocolException("time of day is not HH:MM:SS.uuuuuu: '" + FrameText.escape(text) + "'");
    }
}
