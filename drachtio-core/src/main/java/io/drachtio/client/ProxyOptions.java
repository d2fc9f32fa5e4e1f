package io.drachtio.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to proxy a request: 1 to 10 destinations and the proxy behaviour (reference §5.6, §9).
 * Immutable; the {@code with…}-style methods return changed copies.
 *
 * <pre>{@code
 * ProxyOptions.to("sip:a@site1", "sip:a@site2").simultaneous().remainInDialog()
 * }</pre>
 */
public final class ProxyOptions {

    /** The most destinations drachtio-server accepts. */
    public static final int MAX_DESTINATIONS = 10;

    /** How several destinations are tried. */
    public enum Forking {
        /** One after another, the next on a non-2xx final response or timeout. */
        SERIAL,
        /** All at once; the first 2xx wins. */
        SIMULTANEOUS
    }

    private final List<String> destinations;
    private final boolean remainInDialog;
    private final boolean followRedirects;
    private final Forking forking;
    private final Duration provisionalTimeout;
    private final Duration finalTimeout;
    private final Map<String, String> headers;

    private ProxyOptions(List<String> destinations, boolean remainInDialog, boolean followRedirects,
            Forking forking, Duration provisionalTimeout, Duration finalTimeout, Map<String, String> headers) {
        this.destinations = destinations;
        this.remainInDialog = remainInDialog;
        this.followRedirects = followRedirects;
        this.forking = forking;
        this.provisionalTimeout = provisionalTimeout;
        this.finalTimeout = finalTimeout;
        this.headers = headers;
    }

    /**
     * @param destinations 1–10 SIP URIs; a destination without a scheme gets {@code sip:}
     * @return serial, no record-route, no redirects
     * @throws IllegalArgumentException for no destinations, more than 10, or a blank one
     */
    public static ProxyOptions to(String... destinations) {
        return to(List.of(destinations));
    }

    /**
     * @param destinations 1–10 SIP URIs; a destination without a scheme gets {@code sip:}
     * @return serial, no record-route, no redirects
     * @throws IllegalArgumentException for no destinations, more than 10, or a blank one
     */
    public static ProxyOptions to(List<String> destinations) {
        Objects.requireNonNull(destinations, "destinations");
        if (destinations.isEmpty() || destinations.size() > MAX_DESTINATIONS) {
            throw new IllegalArgumentException("a proxy needs 1 to " + MAX_DESTINATIONS
                    + " destinations, got " + destinations.size());
        }
        List<String> normalized = new ArrayList<>(destinations.size());
        for (String d : destinations) {
            if (d == null || d.isBlank()) {
                throw new IllegalArgumentException("a proxy destination must not be blank");
            }
            String t = d.trim();
            boolean hasScheme = t.regionMatches(true, 0, "sip:", 0, 4) || t.regionMatches(true, 0, "sips:", 0, 5)
                    || t.regionMatches(true, 0, "tel:", 0, 4);
            normalized.add(hasScheme ? t : "sip:" + t);
        }
        return new ProxyOptions(List.copyOf(normalized), false, false, Forking.SERIAL, null, null, Map.of());
    }

    /** @return a copy that adds Record-Route, so the server stays in the dialog */
    public ProxyOptions remainInDialog() {
        return new ProxyOptions(destinations, true, followRedirects, forking, provisionalTimeout, finalTimeout, headers);
    }

    /** @return a copy that follows 3xx redirects by trying their Contacts */
    public ProxyOptions followRedirects() {
        return new ProxyOptions(destinations, remainInDialog, true, forking, provisionalTimeout, finalTimeout, headers);
    }

    /** @return a copy that forks to all destinations at once */
    public ProxyOptions simultaneous() {
        return forking(Forking.SIMULTANEOUS);
    }

    /** @return a copy that tries the destinations one after another */
    public ProxyOptions serial() {
        return forking(Forking.SERIAL);
    }

    /** @param forking serial or simultaneous @return a changed copy */
    public ProxyOptions forking(Forking forking) {
        return new ProxyOptions(destinations, remainInDialog, followRedirects, Objects.requireNonNull(forking),
                provisionalTimeout, finalTimeout, headers);
    }

    /**
     * @param timeout abandon a destination that sent no response at all within this time (INVITE only)
     * @return a changed copy
     */
    public ProxyOptions provisionalTimeout(Duration timeout) {
        return new ProxyOptions(destinations, remainInDialog, followRedirects, forking, timeout, finalTimeout, headers);
    }

    /**
     * @param timeout sent to the server for compatibility; current servers ignore it
     * @return a changed copy
     */
    public ProxyOptions finalTimeout(Duration timeout) {
        return new ProxyOptions(destinations, remainInDialog, followRedirects, forking, provisionalTimeout, timeout, headers);
    }

    /**
     * @param name  header name
     * @param value header value, added to the forwarded request(s)
     * @return a changed copy
     */
    public ProxyOptions header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new ProxyOptions(destinations, remainInDialog, followRedirects, forking, provisionalTimeout,
                finalTimeout, Collections.unmodifiableMap(copy));
    }

    /** @return the destinations, each with a scheme */
    public List<String> destinations() {
        return destinations;
    }

    /** @return whether Record-Route is added */
    public boolean isRemainInDialog() {
        return remainInDialog;
    }

    /** @return whether 3xx responses are followed */
    public boolean isFollowRedirects() {
        return followRedirects;
    }

    /** @return the forking mode */
    public Forking forking() {
        return forking;
    }

    /** @return the provisional timeout, or {@code null} */
    public Duration provisionalTimeout() {
        return provisionalTimeout;
    }

    /** @return the final timeout, or {@code null} */
    public Duration finalTimeout() {
        return finalTimeout;
    }

    /** @return headers added to the forwarded request(s), in order */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "ProxyOptions" + destinations + "[" + forking + (remainInDialog ? ", remainInDialog" : "")
                + (followRedirects ? ", followRedirects" : "") + "]";
    }
}
