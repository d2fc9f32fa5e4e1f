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
        int angle = 0;
        int start = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '<') {
                angle++;
            } else if (c == '>' && angle > 0) {
                angle--;
            } else if (c == ',' && angle == 0) {
                addTrimmed(elements, value.substring(start, i));
                start = i + 1;
            }
            i = QuotedText.next(value, i);
        }
        addTrimmed(elements, value.substring(Math.min(start, value.length())));
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
