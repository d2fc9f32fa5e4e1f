package io.drachtio.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code proto/host:port} entry of the host-port lists in an {@code authenticate} reply, e.g.
 * {@code udp/203.0.113.10:5060}. IPv6 hosts are accepted with or without brackets
 * ({@code tcp/[2001:db8::7]:5060}, {@code tcp/2001:db8::7:5060}: the port is after the last colon);
 * {@link #host()} never has brackets and {@link #toString()} adds them for IPv6.
 *
 * @param protocol transport name: {@code udp}, {@code tcp}, {@code tls}, {@code ws} or {@code wss}
 * @param host IP address or host name, without brackets
 * @param port port number
 */
public record HostPort(String protocol, String host, int port) {

    /**
     * Creates an entry.
     *
     * @param protocol see {@link #protocol()}
     * @param host see {@link #host()}
     * @param port see {@link #port()}
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when protocol or host is empty or the port is out of range
     */
    public HostPort {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(host, "host");
        if (protocol.isEmpty() || host.isEmpty()) {
            throw new IllegalArgumentException("protocol and host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Parses one {@code proto/host:port} entry.
     *
     * @param text the entry
     * @return the host-port
     * @throws DrachtioProtocolException when the text is not of that form
     */
    public static HostPort parse(String text) {
        int slash = text.indexOf('/');
        int colon = text.lastIndexOf(':');
        if (slash <= 0 || colon <= slash + 1 || colon == text.length() - 1) {
            throw malformed(text);
        }
        String host = text.substring(slash + 1, colon);
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            host = host.substring(1, host.length() - 1);
        }
        return new HostPort(text.substring(0, slash), host, port(text, colon + 1));
    }

    /**
     * Parses a comma-separated list of entries, in the order given (the server's order is not
     * defined, select entries by {@link #protocol()}).
     *
     * @param text the list; the empty string gives an empty list
     * @return the entries, unmodifiable
     * @throws DrachtioProtocolException when an entry is malformed
     */
    public static List<HostPort> parseList(String text) {
        List<String> texts = FieldSyntax.splitOnComma(text);
        List<HostPort> entries = new ArrayList<>(texts.size());
        for (String entry : texts) {
            entries.add(parse(entry));
        }
        return List.copyOf(entries);
    }

    /**
     * Formats a list of entries as the server sends it.
     *
     * @param entries the entries
     * @return the entries' wire forms joined with commas
     */
    public static String formatList(List<HostPort> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 24);
        for (HostPort entry : entries) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(entry);
        }
        return out.toString();
    }

    /**
     * Returns the wire form.
     *
     * @return {@code proto/host:port}, with the host in brackets when it contains a colon
     */
    @Override
    public String toString() {
        return host.indexOf(':') >= 0
                ? protocol + "/[" + host + "]:" + port
                : protocol + '/' + host + ':' + port;
    }

    private static int port(String text, int start) {
        if (text.length() - start > 5) {
            throw malformed(text);
        }
        int value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(text);
            }
            value = value * 10 + (c - '0');
        }
        if (value > 65_535) {
            throw malformed(text);
        }
        return value;
    }

    private static DrachtioProtocolException malformed(String text) {
        return new DrachtioProtocolException(
                "host-port entry is not proto/host:port: '" + FrameText.escape(text) + "'");
    }
}
