package io.drachtio.wire.trace;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads one line of a trace file: a flat JSON object whose values are strings or integers, e.g.
 * {@code {"conn": 3, "dir": "c2s", "frame": "41#...|ping"}}. String escapes of JSON are decoded,
 * including {@code \}{@code uXXXX} surrogate pairs; raw UTF-8 characters are kept.
 */
final class JsonLine {

    private final String text;
    private int pos;

    private JsonLine(String text) {
        this.text = text;
    }

    /**
     * Parses a line.
     *
     * @param line the JSON text
     * @return member names mapped to {@link String} or {@link Long} values
     * @throws IllegalArgumentException when the line is not such an object
     */
    static Map<String, Object> parse(String line) {
        return new JsonLine(line).object();
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new HashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(name, peek() == '"' ? string() : number());
            skipSpace();
            char next = next();
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("unknown escape \\" + escape);
            }
        }
    }

    private Long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a string or a number");
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException(reason + " at index " + pos + " of: " + text);
    }
}
