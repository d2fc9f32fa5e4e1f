package io.drachtio.testserver.stack;

import java.util.Objects;

/**
 * A name-addr or addr-spec header value (From, To, Contact, …) taken apart textually, the way
 * the SIP stack re-encodes it: an optional display name, the URI, and the header parameters. An
 * addr-spec without angle brackets has its parameters read as header parameters (RFC 3261
 * §20.10), which is why the stack turns {@code sip:svc@h:5173;transport=tcp} into
 * {@code <sip:svc@h:5173>;transport=tcp}. {@link #render()} writes the bracket form.
 */
public final class AddressValue {

    private final String display;
    private final String uri;
    private final String parameters;

    private AddressValue(String display, String uri, String parameters) {
        this.display = display;
        this.uri = uri;
        this.parameters = parameters;
    }

    /**
     * Takes a value apart. Never fails; a value it cannot read keeps its text as the URI.
     *
     * @param value the header value, e.g. {@code "Alice" <sip:alice@h>;tag=1}
     * @return the parts
     */
    public static AddressValue parse(String value) {
        String text = value.trim();
        int open = openingBracket(text);
        if (open >= 0) {
            int close = text.indexOf('>', open);
            if (close > open) {
                return new AddressValue(text.substring(0, open).trim(), text.substring(open + 1, close),
                        text.substring(close + 1).trim());
            }
        }
        int at = text.indexOf('@');
        int semicolon = text.indexOf(';', Math.max(at, 0));
        if (semicolon < 0) {
            return new AddressValue("", text, "");
        }
        return new AddressValue("", text.substring(0, semicolon), text.substring(semicolon).trim());
    }

    /**
     * Returns the display name as written (quotes kept).
     *
     * @return the display name, empty when absent
     */
    public String display() {
        return display;
    }

    /**
     * Returns the URI.
     *
     * @return the URI text, e.g. {@code sip:alice@example.com}
     */
    public String uri() {
        return uri;
    }

    /**
     * Returns the header parameters as written.
     *
     * @return e.g. {@code ;tag=abc;foo}, empty when there are none
     */
    public String parameters() {
        return parameters;
    }

    /**
     * Returns the value of a header parameter.
     *
     * @param name the parameter name (any case)
     * @return the value, empty for a flag parameter, {@code null} when absent
     */
    public String parameter(String name) {
        for (String parameter : parameters.split(";")) {
            int equals = parameter.indexOf('=');
            String key = (equals < 0 ? parameter : parameter.substring(0, equals)).trim();
            if (key.equalsIgnoreCase(name)) {
                return equals < 0 ? "" : parameter.substring(equals + 1).trim();
            }
        }
        return null;
    }

    /**
     * Returns the {@code tag} parameter.
     *
     * @return the tag, or {@code null} when absent
     */
    public String tag() {
        return parameter("tag");
    }

    /**
     * Returns a copy with a {@code tag} parameter appended (when none is present).
     *
     * @param tag the tag
     * @return this value when it already has a tag, otherwise a tagged copy
     */
    public AddressValue withTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        return tag() != null ? this : new AddressValue(display, uri, parameters + ";tag=" + tag);
    }

    /**
     * Returns a copy without the {@code tag} parameter.
     *
     * @return this value when it has no tag, otherwise the copy
     */
    public AddressValue withoutTag() {
        if (tag() == null) {
            return this;
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : parameters.split(";")) {
            String trimmed = parameter.trim();
            int equals = trimmed.indexOf('=');
            String key = equals < 0 ? trimmed : trimmed.substring(0, equals).trim();
            if (!trimmed.isEmpty() && !key.equalsIgnoreCase("tag")) {
                kept.append(';').append(trimmed);
            }
        }
        return new AddressValue(display, uri, kept.toString());
    }

    /**
     * Returns a copy with another URI.
     *
     * @param newUri the URI
     * @return the copy
     */
    public AddressValue withUri(String newUri) {
        return new AddressValue(display, Objects.requireNonNull(newUri, "newUri"), parameters);
    }

    /**
     * Writes the value in bracket form.
     *
     * @return {@code [display ]<uri>[;parameters]}, or {@code *} for a wildcard Contact
     */
    public String render() {
        if ("*".equals(uri)) {
            return uri;
        }
        String address = "<" + uri + ">" + parameters;
        return display.isEmpty() ? address : display + " " + address;
    }

    @Override
    public String toString() {
        return render();
    }

    private static int openingBracket(String text) {
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '<') {
                return i;
            }
            i = QuotedText.next(text, i);
        }
        return -1;
    }
}
