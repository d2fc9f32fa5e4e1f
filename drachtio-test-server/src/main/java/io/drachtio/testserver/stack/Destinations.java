package io.drachtio.testserver.stack;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;
import java.util.Locale;

/**
 * Where a SIP URI leads: host, port and transport, the way the server picks the next hop from a
 * Request-URI, route URL or proxy destination (no DNS: the host is used as written).
 */
public final class Destinations {

    private Destinations() {
    }

    /**
     * Returns the next hop of a URI.
     *
     * @param uriText a SIP or SIPS URI, e.g. {@code sip:bob@10.0.0.1:5080;transport=tcp}
     * @return the endpoint (port 5060, or 5061 for SIPS/TLS, when absent; UDP unless a transport
     *     parameter or SIPS says otherwise), or {@code null} when the text is not a SIP(S) URI
     */
    public static SipEndpoint of(String uriText) {
        Uri uri;
        try {
            uri = Uris.parse(uriText);
        } catch (SipParseException e) {
            return null;
        }
        if (!(uri instanceof SipUri sip)) {
            return null;
        }
        String host = sip.host();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String transport = sip.transport() != null ? sip.transport().toLowerCase(Locale.ROOT)
                : sip.secure() ? "tls" : "udp";
        int port = sip.port() > 0 ? sip.port() : sip.secure() || "tls".equals(transport) ? 5061 : 5060;
        return new SipEndpoint(SipBytes.protocolName(transport), host, port);
    }

    /**
     * Tells whether a URI points at an address.
     *
     * @param uriText a URI
     * @param host    the address's host
     * @param port    the address's port
     * @return {@code true} when the URI's host and port (default 5060) equal them, {@code localhost}
     *     counting as {@code 127.0.0.1}
     */
    public static boolean pointsAt(String uriText, String host, int port) {
        SipEndpoint target = of(uriText);
        if (target == null) {
            return false;
        }
        boolean sameHost = target.host().equalsIgnoreCase(host)
                || ("localhost".equalsIgnoreCase(target.host()) && "127.0.0.1".equals(host));
        return sameHost && target.port() == port;
    }
}
