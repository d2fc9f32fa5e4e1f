package io.drachtio.sip.auth;

import io.drachtio.sip.internal.GenericParameters;

/** Writes {@code name="value"} parameters of challenges and credentials, escaping {@code "} and {@code \}. */
final class QuotedStrings {

    private QuotedStrings() {
    }

    static StringBuilder appendQuoted(StringBuilder out, String name, String value) {
        GenericParameters.writeQuoted(value, out.append(name).append('='));
        return out;
    }
}
