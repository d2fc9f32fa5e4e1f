package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.Via;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records where a request came from in its top Via (RFC 3261 §18.2.1, RFC 3581 §4):
 * {@code received=<source IP>} when the sent-by host differs from the source address, and
 * {@code rport=<source port>}. Like drachtio-server (whose stack appends {@code ;rport=<port>} to every
 * received request) the port is recorded even when the client did not ask for it with a bare
 * {@code rport}, so responses always go back to the port the request came from.
 */
public final class ViaStamp {

    private ViaStamp() {
    }

    /**
     * Stamps the top Via of a received request in place. The other Via values keep their text; when the
     * request had several Via values they end up on the first Via line as a comma-separated list.
     *
     * @param request the request (its top Via must parse; strict parsing guarantees it)
     * @param source  the address and port the request came from
     */
    public static void stamp(SipRequest request, InetSocketAddress source) {
        List<String> values = request.headerValues(HeaderNames.VIA);
        Via top = request.topVia();
        String stamped = render(top, source);
        if (values.size() == 1) {
            request.headers().set(HeaderNames.VIA, stamped);
            return;
        }
        StringBuilder all = new StringBuilder(stamped);
        for (int i = 1; i < values.size(); i++) {
            all.append(", ").append(values.get(i));
        }
        request.headers().set(HeaderNames.VIA, all.toString());
    }

    /**
     * Renders a Via with {@code received} and {@code rport} set for a source address.
     *
     * @param via    the parsed Via
     * @param source where the message came from
     * @return the Via value text
     */
    static String render(Via via, InetSocketAddress source) {
        String sourceHost = source.getAddress().getHostAddress();
        Map<String, String> parameters = new LinkedHashMap<>(via.parameters());
        if (!sameHost(via.host(), sourceHost)) {
            parameters.put("received", sourceHost);
        }
        parameters.put("rport", Integer.toString(source.getPort()));
        return ViaText.render(via.protocol(), via.transport(), via.host(), via.port(), parameters);
    }

    private static boolean sameHost(String viaHost, String sourceHost) {
        String host = viaHost.startsWith("[") && viaHost.endsWith("]")
                ? viaHost.substring(1, viaHost.length() - 1) : viaHost;
        return host.equalsIgnoreCase(sourceHost);
    }
}
