package io.drachtio.testserver.stack;

/**
 * Scanning header values that may contain quoted strings ({@code "…"} with backslash escapes),
 * inside which separators do not count.
 */
final class QuotedText {

    private QuotedText() {
    }

    /**
     * Returns where scanning continues after the character at {@code index}: past a whole quoted
     * string when one starts there, else the next character.
     *
     * @param text  the value
     * @param index a position in it
     * @return the next position to look at
     */
    static int next(String text, int index) {
        if (text.charAt(index) != '"') {
            return index + 1;
        }
        int i = index + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
