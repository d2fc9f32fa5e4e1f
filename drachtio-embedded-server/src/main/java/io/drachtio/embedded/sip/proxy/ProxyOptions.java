package io.drachtio.embedded.sip.proxy;

import io.drachtio.sip.SipHeader;
import java.util.List;

/**
 * How to proxy a request (the fields of drachtio's {@code proxy} command).
 *
 * @param destinations            1–10 SIP URIs, the next hops in order
 * @param recordRoute             add {@code Record-Route: <sip:host:port;lr>} so that the dialog's later
 *                                requests pass through the stack ({@code remainInDialog}); for REGISTER
 *                                {@code Path} and {@code Require: path} instead
 * @param followRedirects         turn the Contacts of a 3xx into new targets right after the redirecting one
 * @param simultaneous            fork to all destinations at once instead of one after another
 * @param provisionalTimeoutMillis for INVITE: abandon a target that sent no response at all within this
 *                                time and go on with the next; 0 for none
 * @param headers                 headers added to every forwarded request
 */
public record ProxyOptions(List<String> destinations, boolean recordRoute, boolean followRedirects,
                           boolean simultaneous, long provisionalTimeoutMillis, List<SipHeader> headers) {

    /** The most destinations one operation accepts, as in drachtio-server. */
    public static final int MAX_DESTINATIONS = 10;

    /**
     * Validates and copies the values.
     *
     * @throws IllegalArgumentException for no or more than 10 destinations or a negative timeout
     */
    public ProxyOptions {
        if (destinations == null || destinations.isEmpty() || destinations.size() > MAX_DESTINATIONS) {
            throw new IllegalArgumentException("between 1 and " + MAX_DESTINATIONS + " destinations are needed: "
                    + destinations);
        }
        if (provisionalTimeoutMillis < 0) {
            throw new IllegalArgumentException("provisional timeout must not be negative: " + provisionalTimeoutMillis);
        }
        destinations = List.copyOf(destinations);
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    /**
     * Returns options for serial forking without record-routing, redirects, timeouts or extra headers.
     *
     * @param destinations the next hops
     * @return the options
     */
    public static ProxyOptions serial(List<String> destinations) {
        return new ProxyOptions(destinations, false, false, false, 0, List.of());
    }
}
