package io.drachtio.sip.uri;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.CharClasses;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.PercentEncoding;
import java.util.Map;

/**
 * A {@code tel:} URI (RFC 3966): a global ({@code +} and digits) or local number and parameters
 * such as {@code phone-context} or {@code ext}. Visual separators ({@code -.()}) are kept in
 * {@link #number()}. Equality is on the URI text.
 */
public final class TelUri implements Uri {

    private final String number;
    private final ParameterMap parameters;
    private final String text;

    private TelUri(String number, ParameterMap parameters, String text) {
        this.number = number;
        this.parameters = parameters;
        this.text = text;
    }

    /**
     * Parses a tel URI.
     *
     * @param text the text, such as {@code tel:+1-201-555-0123;ext=1234}
     * @return the URI
     * @throws SipParseException if the text is not a valid tel URI
     */
    public static TelUri parse(String text) {
        int colon = Uris.schemeEnd(text);
        if (colon != 3 || !text.regionMatches(true, 0, "tel", 0, 3)) {
            throw SipParseException.inValue("URI", 0, "not a tel URI");
        }
        int end = text.indexOf(';', colon + 1);
        end = end < 0 ? text.length() : end;
        String number = text.substring(colon + 1, end);
        checkNumber(number, colon + 1);
        ParameterMap.Builder params = ParameterMap.builder();
        int pos = end;
        while (pos < text.length()) {
            int next = text.indexOf(';', pos + 1);
            next = next < 0 ? text.length() : next;
            int eq = text.indexOf('=', pos + 1);
            int nameEnd = eq >= 0 && eq < next ? eq : next;
            if (nameEnd == pos + 1) {
                throw SipParseException.inValue("URI", pos + 1, "parameter name expected");
            }
            String name = PercentEncoding.decode("URI", text, pos + 1, nameEnd);
            String value = nameEnd < next ? PercentEncoding.decode("URI", text, nameEnd + 1, next) : "";
            checkParameter(name, nameEnd);
            params.add(name, value);
            pos = next;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"') {
                throw SipParseException.inValue("URI", i, "character not allowed in a URI");
            }
        }
        return new TelUri(number, params.build(), text);
    }

    private static void checkNumber(String number, int offset) {
        boolean global = number.startsWith("+");
        boolean anyDigit = false;
        for (int i = global ? 1 : 0; i < number.length(); i++) {
            char c = number.charAt(i);
            boolean digit = global ? CharClasses.isDigit(c) : CharClasses.hexValue(c) >= 0 || c == '*' || c == '#';
            if (!digit && c != '-' && c != '.' && c != '(' && c != ')') {
                throw SipParseException.inValue("URI", offset + i, "character not allowed in a telephone number");
            }
            anyDigit |= digit;
        }
        if (!anyDigit) {
            throw SipParseException.inValue("URI", offset, "telephone number expected");
        }
    }

    private static void checkParameter(String name, int offset) {
        if (!CharClasses.isToken(name)) {
            throw SipParseException.inValue("URI", offset, "invalid parameter name");
        }
    }

    @Override
    public String scheme() {
        return "tel";
    }

    /**
     * Returns the number as written, with its visual separators and, for a global number, the {@code +}.
     *
     * @return the number
     */
    public String number() {
        return number;
    }

    /**
     * Tells whether the number is global (starts with {@code +}).
     *
     * @return {@code true} for a global number
     */
    public boolean global() {
        return number.startsWith("+");
    }

    /**
     * Returns the parameters in order; keys are looked up case-insensitively, flags map to "".
     *
     * @return the parameters, possibly empty
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns one parameter (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return the value ("" for a flag), or {@code null} when absent
     */
    public String parameter(String name) {
        return parameters.get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TelUri uri && uri.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
