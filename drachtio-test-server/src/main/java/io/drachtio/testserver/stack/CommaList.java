package io.drachtio.testserver.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits header values at the commas that separate list elements: commas inside double quotes
 * (with backslash escapes) or inside angle brackets do not split.
 */
public final class CommaList {

    private CommaList() {
    }

    /**
     * Splits a value into its trimmed, non-empty elements.
     *
     * @param value a header value, e.g. {@code <sip:a@x>, "B, C" <sip:b@y>}
     * @return the elements in order; empty for a blank value
     */
    public static List<String> split(String value) {
        List<String> elements = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int start = 0;
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
                angle++;
            } else if (c == '>' && angle > 0) {
                angle--;
            } else if (c == ',' && angle == 0) {
                addTrimmed(elements, value.substring(start, i));
                start = i + 1;
            }
        }
        addTrimmed(elements, value.substring(start));
        return elements;
    }

    /**
     * Re-joins list elements the way the SIP stack writes them: comma and one space.
     *
     * @param value a comma-separated value in any spacing
     * @return the elements joined with {@code ", "}
     */
    public static String normalize(String value) {
        return String.join(", ", split(value));
    }

    private static void addTrimmed(List<String> elements, String element) {
        String trimmed = element.trim();
        if (!trimmed.isEmpty()) {
            elements.add(trimmed);
        }
    }
}
