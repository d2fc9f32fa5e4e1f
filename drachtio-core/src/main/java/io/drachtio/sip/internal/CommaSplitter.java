package io.drachtio.sip.internal;

import java.util.List;

/**
 * Splits a header value at commas that are outside quoted strings and outside {@code <…>}.
 */
public final class CommaSplitter {

    private CommaSplitter() {
    }

    /**
     * Appends the trimmed, non-empty items of {@code value} to {@code into}.
     *
     * @param value the header value
     * @param into where the items go, in order
     */
    public static void split(String value, List<String> into) {
        boolean quoted = false;
        boolean angle = false;
        int itemStart = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle = true;
            } else if (c == '>') {
                angle = false;
            } else if (c == ',' && !angle) {
                add(value, itemStart, i, into);
                itemStart = i + 1;
            }
        }
        add(value, itemStart, value.length(), into);
    }

    private static void add(String value, int from, int to, List<String> into) {
        String item = value.substring(from, to).strip();
        if (!item.isEmpty()) {
            into.add(item);
        }
    }
}
