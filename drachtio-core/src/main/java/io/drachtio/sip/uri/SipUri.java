package io.drachtio.sip.uri;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.CharClasses;
import io.drachtio.sip.internal.HostSyntax;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.PercentEncoding;
import java.util.Map;

/**
 * A {@code sip:} or {@code sips:} URI (RFC 3261 §19.1). Immutable; the {@code with…} methods
 * return modified copies whose text is rendered again. User, password, parameters and headers
 * are returned with their {@code %HH} escapes decoded (exactly once); the host is returned as
 * written, IPv6 references with their brackets. Equality is on the URI text.
 */
public final class SipUri implements Uri {

    private static final String USER_CHARS = "&=+$,;?/";
    private static final String PASSWORD_CHARS = "&=+$,";
    private static final String PARAM_CHARS = "[]/:&+$";
    private static final String HEADER_CHARS = "[]/?:+$";

    private final boolean secure;
    private final String user;
    private final String password;
    private final String host;
    private final int port;
    private final ParameterMap parameters;
    private final ParameterMap headers;
    private final String text;

    private SipUri(boolean secure, String user, String password, String host, int port,
                   ParameterMap parameters, ParameterMap headers, String text) {
        this.secure = secure;
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.parameters = parameters;
        this.headers = headers;
        this.text = text != null ? text : render();
    }

    /**
     * Parses a SIP or SIPS URI.
     *
     * @param text the URI text, such as {@code sip:alice@example.com:5060;transport=tcp}
     * @return the URI
     * @throws SipParseException if the text is not a valid SIP URI
     */
    public static SipUri parse(String text) {
        return new Reader(text).read();
    }

    /**
     * Creates a URI from its parts (no escapes in the arguments: they are added as needed).
     *
     * @param secure {@code true} for {@code sips:}
     * @param user the user, or {@code null}
     * @param host the host, IPv6 in brackets
     * @param port the port, or -1
     * @return the URI
     */
    public static SipUri of(boolean secure, String user, String host, int port) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("host is required");
        }
        return new SipUri(secure, user, null, host, port, ParameterMap.EMPTY, ParameterMap.EMPTY, null);
    }

    @Override
    public String scheme() {
        return secure ? "sips" : "sip";
    }

    /**
     * Tells whether this is a {@code sips:} URI.
     *
     * @return {@code true} for sips
     */
    public boolean secure() {
        return secure;
    }

    /**
     * Returns the user part, unescaped.
     *
     * @return the user, or {@code null} when the URI has no user part
     */
    public String user() {
        return user;
    }

    /**
     * Returns the password, unescaped.
     *
     * @return the password, or {@code null} when absent
     */
    public String password() {
        return password;
    }

    /**
     * Returns the host as written (IPv6 references keep their brackets).
     *
     * @return the host, never {@code null}
     */
    public String host() {
        return host;
    }

    /**
     * Returns the port.
     *
     * @return the port, or -1 when absent
     */
    public int port() {
        return port;
    }

    /**
     * Returns the {@code transport} parameter.
     *
     * @return the transport, or {@code null} when absent
     */
    public String transport() {
        return parameters.get("transport");
    }

    /**
     * Returns the URI parameters in order; keys are looked up case-insensitively, flags map to "".
     *
     * @return the parameters, possibly empty
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns one URI parameter (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return the value ("" for a flag), or {@code null} when absent
     */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Tells whether a URI parameter is present (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return {@code true} if present
     */
    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /**
     * Returns the URI headers ({@code ?name=value&…}), unescaped, in order.
     *
     * @return the headers, possibly empty
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Tells whether the {@code lr} (loose routing) parameter is present.
     *
     * @return {@code true} if present
     */
    public boolean lr() {
        return parameters.containsKey("lr");
    }

    /**
     * Returns a copy with another user.
     *
     * @param newUser the user (unescaped), or {@code null} for none
     * @return the copy
     */
    public SipUri withUser(String newUser) {
        return new SipUri(secure, newUser, newUser == null ? null : password, host, port, parameters, headers, null);
    }

    /**
     * Returns a copy with another host.
     *
     * @param newHost the host, IPv6 in brackets
     * @return the copy
     */
    public SipUri withHost(String newHost) {
        if (newHost == null || newHost.isEmpty()) {
            throw new IllegalArgumentException("host is required");
        }
        return new SipUri(secure, user, password, newHost, port, parameters, headers, null);
    }

    /**
     * Returns a copy with another port.
     *
     * @param newPort the port, or -1 for none
     * @return the copy
     */
    public SipUri withPort(int newPort) {
        if (newPort < -1 || newPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + newPort);
        }
        return new SipUri(secure, user, password, host, newPort, parameters, headers, null);
    }

    /**
     * Returns a copy with a URI parameter set (replaced in place, or appended).
     *
     * @param name the parameter name
     * @param value the value (unescaped), "" for a flag
     * @return the copy
     */
    public SipUri withParameter(String name, String value) {
        if (!CharClasses.isToken(name)) {
            throw new IllegalArgumentException("parameter name must be a token: " + name);
        }
        return new SipUri(secure, user, password, host, port, parameters.with(name, value == null ? "" : value),
                headers, null);
    }

    /**
     * Returns a copy without a URI parameter.
     *
     * @param name the parameter name (compared case-insensitively)
     * @return the copy
     */
    public SipUri withoutParameter(String name) {
        return new SipUri(secure, user, password, host, port, parameters.without(name), headers, null);
    }

    /**
     * Returns a copy without URI headers (for use as a Request-URI, RFC 3261 §19.1.5).
     *
     * @return the copy
     */
    public SipUri withoutHeaders() {
        return headers.isEmpty() ? this
                : new SipUri(secure, user, password, host, port, parameters, ParameterMap.EMPTY, null);
    }

    private String render() {
        StringBuilder out = new StringBuilder(32).append(scheme()).append(':');
        if (user != null) {
            PercentEncoding.encode(user, USER_CHARS, out);
            if (password != null) {
                out.append(':');
                PercentEncoding.encode(password, PASSWORD_CHARS, out);
            }
            out.append('@');
        }
        out.append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        for (int i = 0; i < parameters.size(); i++) {
            out.append(';');
            PercentEncoding.encode(parameters.nameAt(i), PARAM_CHARS, out);
            if (!parameters.valueAt(i).isEmpty()) {
                out.append('=');
                PercentEncoding.encode(parameters.valueAt(i), PARAM_CHARS, out);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            out.append(i == 0 ? '?' : '&');
            PercentEncoding.encode(headers.nameAt(i), HEADER_CHARS, out);
            out.append('=');
            PercentEncoding.encode(headers.valueAt(i), HEADER_CHARS, out);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SipUri uri && uri.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** One pass over the URI text. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        SipUri read() {
            int colon = Uris.schemeEnd(text);
            boolean secure = colon == 4;
            if (!(colon == 3 && text.regionMatches(true, 0, "sip", 0, 3)
                    || secure && text.regionMatches(true, 0, "sips", 0, 4))) {
                throw error(0, "not a sip or sips URI");
            }
            pos = colon + 1;
            String user = null;
            String password = null;
            int at = text.indexOf('@', pos);
            if (at >= 0) {
                int passwordColon = text.indexOf(':', pos);
                int userEnd = passwordColon >= 0 && passwordColon < at ? passwordColon : at;
                if (userEnd == pos) {
                    throw error(pos, "empty user part");
                }
                user = component(pos, userEnd, USER_CHARS);
                if (userEnd < at) {
                    password = component(userEnd + 1, at, PASSWORD_CHARS);
                }
                pos = at + 1;
            }
            String host = host();
            int port = port();
            ParameterMap parameters = parameters();
            ParameterMap headers = headers();
            if (pos < text.length()) {
                throw error(pos, "unexpected character '" + text.charAt(pos) + "'");
            }
            return new SipUri(secure, user, password, host, port, parameters, headers, text);
        }

        private String host() {
            int start = pos;
            pos = HostSyntax.end("URI", text, start);
            return text.substring(start, pos);
        }

        private int port() {
            if (pos >= text.length() || text.charAt(pos) != ':') {
                return -1;
            }
            pos++;
            int start = pos;
            int port = 0;
            while (pos < text.length() && CharClasses.isDigit(text.charAt(pos))) {
                port = port * 10 + text.charAt(pos) - '0';
                if (port > 65535) {
                    throw error(start, "port out of range");
                }
                pos++;
            }
            if (pos == start) {
                throw error(pos, "port expected");
            }
            return port;
        }

        private ParameterMap parameters() {
            if (pos >= text.length() || text.charAt(pos) != ';') {
                return ParameterMap.EMPTY;
            }
            ParameterMap.Builder params = ParameterMap.builder();
            while (pos < text.length() && text.charAt(pos) == ';') {
                pos++;
                int nameEnd = scan(PARAM_CHARS);
                if (nameEnd == pos) {
                    throw error(pos, "parameter name expected");
                }
                String name = component(pos, nameEnd, PARAM_CHARS);
                pos = nameEnd;
                String value = "";
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    int valueEnd = scan(PARAM_CHARS);
                    if (valueEnd == pos) {
                        throw error(pos, "parameter value expected");
                    }
                    value = component(pos, valueEnd, PARAM_CHARS);
                    pos = valueEnd;
                }
                params.add(name, value);
            }
            return params.build();
        }

        private ParameterMap headers() {
            if (pos >= text.length() || text.charAt(pos) != '?') {
                return ParameterMap.EMPTY;
            }
            ParameterMap.Builder headers = ParameterMap.builder();
            do {
                pos++;
                int nameEnd = scan(HEADER_CHARS);
                if (nameEnd == pos) {
                    throw error(pos, "header name expected");
                }
                String name = component(pos, nameEnd, HEADER_CHARS);
                pos = nameEnd;
                if (pos >= text.length() || text.charAt(pos) != '=') {
                    throw error(pos, "'=' expected after URI header name");
                }
                pos++;
                int valueEnd = scan(HEADER_CHARS);
                headers.add(name, component(pos, valueEnd, HEADER_CHARS));
                pos = valueEnd;
            } while (pos < text.length() && text.charAt(pos) == '&');
            return headers.build();
        }

        /** Returns the end of the run of characters allowed in a component with the given extras. */
        private int scan(String extras) {
            int i = pos;
            while (i < text.length() && isComponentChar(text.charAt(i), extras)) {
                i++;
            }
            return i;
        }

        private String component(int start, int end, String extras) {
            for (int i = start; i < end; i++) {
                if (!isComponentChar(text.charAt(i), extras)) {
                    throw error(i, "character '" + text.charAt(i) + "' not allowed here");
                }
            }
            return PercentEncoding.decode("URI", text, start, end);
        }

        private static boolean isComponentChar(char c, String extras) {
            return c < 128 && (Character.isLetterOrDigit(c) || "-_.!~*'()%".indexOf(c) >= 0 || extras.indexOf(c) >= 0);
        }

        private static SipParseException error(int position, String reason) {
            return SipParseException.inValue("URI", position, reason);
        }
    }
}
