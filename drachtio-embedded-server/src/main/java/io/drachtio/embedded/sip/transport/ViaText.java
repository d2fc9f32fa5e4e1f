package io.drachtio.embedded.sip.transport;

import java.util.Map;

/** Writes Via header values. */
public final class ViaText {

    private ViaText() {
    }

    /**
     * Renders a Via value: {@code <protocol>/<transport> <host>[:<port>]} followed by {@code ;name} for
     * flag parameters (empty value) and {@code ;name=value} for the others, in map order.
     *
     * @param protocol   protocol name and version, e.g. {@code SIP/2.0}
     * @param transport  transport name, e.g. {@code UDP}
     * @param host       host as it appears (IPv6 references with brackets)
     * @param port       port, or -1 to leave it out
     * @param parameters the parameters in order
     * @return the Via value
     */
    public static String render(String protocol, String transport, String host, int port,
                                Map<String, String> parameters) {
        StringBuilder text = new StringBuilder(64).append(protocol).append('/').append(transport)
                .append(' ').append(host);
        if (port >= 0) {
            text.append(':').append(port);
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            text.append(';').append(parameter.getKey());
            if (parameter.getValue() != null && !parameter.getValue().isEmpty()) {
                text.append('=').append(parameter.getValue());
            }
        }
        return text.toString();
    }

    /**
     * Renders the Via the stack puts on a request it sends, in drachtio-server's format:
     * {@code SIP/2.0/UDP host:port;rport;branch=...} (over TCP without {@code rport}).
     *
     * @param transport the transport the request goes out on
     * @param host      the advertised host
     * @param port      the advertised port
     * @param branch    the branch, starting with {@code z9hG4bK}
     * @return the Via value
     */
    public static String ownVia(Transport transport, String host, int port, String branch) {
        StringBuilder text = new StringBuilder(80).append("SIP/2.0/").append(transport.viaName()).append(' ')
                .append(host).append(':').append(port);
        if (transport == Transport.UDP) {
            text.append(";rport");
        }
        return text.append(";branch=").append(branch).toString();
    }
}
