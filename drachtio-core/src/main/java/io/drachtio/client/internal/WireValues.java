package io.drachtio.client.internal;

import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.Source;

/** Converts wire-level values into the strings the client API exposes. */
final class WireValues {

    private WireValues() {
    }

    /** @return {@code network} or {@code application} */
    static String source(Source source) {
        return source.wireName();
    }

    /** @return the role of a start record, the reason of a stop record, {@code null} for an attempt */
    static String detail(CdrEvent cdr) {
        return emptyToNull(cdr.detail());
    }

    /** @return {@code null} for {@code null} or empty text, else the text */
    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
