package io.drachtio.testserver.stack;

import java.util.List;
import java.util.Set;

/**
 * Applies the headers of a client's {@code sip} or {@code proxy} command to a message the server
 * builds, with drachtio-server's rules (§10): headers only the server writes are dropped
 * (§10.2); well-known headers are stored the way the SIP stack stores them — a single-valued one
 * replaced by a later line, list headers merged, name-addr values written in bracket form,
 * credentials re-joined with {@code ", "} — and written under the stack's spelling; {@code
 * @localhost} in From, To, Contact and P-Asserted-Identity becomes the server's address (§10.4);
 * unknown headers keep their value and get their name re-cased (§10.5).
 */
public final class ClientHeaders {

    private static final Set<KnownHeader> LOCALHOST_REWRITTEN = Set.of(KnownHeader.FROM, KnownHeader.TO,
            KnownHeader.CONTACT, KnownHeader.P_ASSERTED_IDENTITY);

    private final SipEndpoint local;

    /**
     * Creates the rules for one SIP transport of the server.
     *
     * @param local the server's SIP address used in place of {@code localhost}
     */
    public ClientHeaders(SipEndpoint local) {
        this.local = local;
    }

    /**
     * Applies client header lines to a message.
     *
     * @param lines   the client's header lines, in order
     * @param layout  the message being built
     * @param ignored well-known headers to drop in addition to the ones clients can never set
     */
    public void applyTo(List<HeaderLine> lines, MessageLayout layout, Set<KnownHeader> ignored) {
        for (HeaderLine line : lines) {
            KnownHeader known = KnownHeader.lookup(line.name());
            if (known == null) {
                layout.addCustom(customName(line.name()), line.value());
            } else if (known.isClientSettable() && !ignored.contains(known)) {
                apply(known, rewriteLocalhost(known, line.value()), layout);
            }
        }
    }

    /**
     * Replaces {@code localhost} (with any port) after an {@code @} by the server's host and port.
     *
     * @param header the header the value belongs to
     * @param value  the client's value
     * @return the rewritten value, or {@code value} for headers not rewritten
     */
    public String rewriteLocalhost(KnownHeader header, String value) {
        if (!LOCALHOST_REWRITTEN.contains(header)) {
            return value;
        }
        return replaceHost(value, "@localhost", "@");
    }

    /**
     * Rewrites a From value of a new request: {@code localhost} as the host anywhere in it
     * becomes the server's address (§10.4).
     *
     * @param value the From value
     * @return the rewritten value
     */
    public String rewriteLocalhostInFrom(String value) {
        return replaceHost(replaceHost(value, "@localhost", "@"), "sip:localhost", "sip:");
    }

    /**
     * Re-cases an unknown header name like drachtio-server: the first letter and every letter
     * after a {@code -} upper-cased; names starting with {@code X-} kept as they are.
     *
     * @param name the client's header name
     * @return the name as written to the network
     */
    public static String customName(String name) {
        if (name.length() >= 2 && (name.charAt(0) == 'X' || name.charAt(0) == 'x') && name.charAt(1) == '-') {
            return name;
        }
        char[] chars = name.toCharArray();
        boolean upper = true;
        for (int i = 0; i < chars.length; i++) {
            if (upper) {
                chars[i] = Character.toUpperCase(chars[i]);
            }
            upper = chars[i] == '-';
        }
        return new String(chars);
    }

    private void apply(KnownHeader header, String value, MessageLayout layout) {
        switch (header.style()) {
            case SINGLE -> layout.set(header, value);
            case SINGLE_ADDRESS -> layout.set(header, AddressValue.parse(value).render());
            case LIST -> layout.set(header, layout.has(header)
                    ? layout.first(header) + ", " + CommaList.normalize(value) : CommaList.normalize(value));
            case APPEND -> layout.add(header, value);
            case APPEND_ADDRESS -> CommaList.split(value)
                    .forEach(element -> layout.add(header, AddressValue.parse(element).render()));
            case AUTH -> layout.add(header, normalizeCredentials(value));
            default -> throw new IllegalStateException("unhandled header style " + header.style());
        }
    }

    private static String normalizeCredentials(String value) {
        int space = value.indexOf(' ');
        if (space < 0) {
            return value;
        }
        return value.substring(0, space) + " " + CommaList.normalize(value.substring(space + 1));
    }

    private String replaceHost(String value, String marker, String prefix) {
        int at = indexOfIgnoreCase(value, marker);
        if (at < 0) {
            return value;
        }
        int end = at + marker.length();
        if (end < value.length() && value.charAt(end) == ':') {
            end++;
            while (end < value.length() && Character.isDigit(value.charAt(end))) {
                end++;
            }
        }
        if (end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
            return value;
        }
        return value.substring(0, at) + prefix + local.hostPort() + value.substring(end);
    }

    private static int indexOfIgnoreCase(String value, String marker) {
        int last = value.length() - marker.length();
        for (int i = 0; i <= last; i++) {
            if (value.regionMatches(true, i, marker, 0, marker.length())) {
                return i;
            }
        }
        return -1;
    }
}
