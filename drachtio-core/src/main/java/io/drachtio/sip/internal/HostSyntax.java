package io.drachtio.sip.internal;

import io.drachtio.sip.SipParseException;

/**
 * The {@code host} grammar shared by SIP URIs and Via sent-by: a host name or IPv4 address
 * (alphanumerics, {@code -} and {@code .}) or an IPv6 reference in brackets.
 */
public final class HostSyntax {

    private HostSyntax() {
    }

    /**
     * Finds the end of the host that starts at {@code start}.
     *
     * @param what what is being parsed, for error messages
     * @param text the text (a String, or the bytes of a value seen as ASCII characters)
     * @param start where the host starts
     * @return the index just after the host (after {@code ]} for IPv6)
     * @throws SipParseException if there is no host at {@code start} or the IPv6 reference is malformed
     */
    public static int end(String what, CharSequence text, int start) {
        if (start < text.length() && text.charAt(start) == '[') {
            int close = indexOf(text, ']', start);
            if (close < 0) {
                throw SipParseException.inValue(what, start, "unterminated IPv6 reference");
            }
            if (close == start + 1) {
                throw SipParseException.inValue(what, start, "empty IPv6 reference");
            }
            for (int i = start + 1; i < close; i++) {
                char c = text.charAt(i);
                if (CharClasses.hexValue(c) < 0 && c != ':' && c != '.') {
                    throw SipParseException.inValue(what, i, "invalid character in IPv6 reference");
                }
            }
            return close + 1;
        }
        int end = start;
        while (end < text.length() && CharClasses.isHost(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            throw SipParseException.inValue(what, start, "host expected");
        }
        return end;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
