package io.drachtio.sip.auth;

/** Writes {@code name="value"} parameters of challenges and credentials, escaping {@code "} and {@code \}. */
final class QuotedStrings {

    private QuotedStrings() {
    }

    static StringBuilder appendQuoted(StringBuilder out, String name, String value) {
        out.append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
