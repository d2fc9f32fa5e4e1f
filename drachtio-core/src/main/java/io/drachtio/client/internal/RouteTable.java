package io.drachtio.client.internal;

import io.drachtio.wire.CdrKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs the client routes on every connection: SIP methods (lower-case, as the server matches
 * them) and CDR kinds ({@code cdr:attempt}, …), each once. While the client is drained only the CDR
 * kinds are registered.
 */
final class RouteTable {

    private static final String CDR_PREFIX = "cdr:";

    private final Set<String> verbs;
    private volatile boolean drained;

    /** @param verbs SIP methods in any case and CDR kinds; duplicates are dropped */
    public RouteTable(Collection<String> verbs) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String verb : verbs) {
            String v = verb.trim().toLowerCase(Locale.ROOT);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("a routed verb must not be blank");
            }
            normalized.add(v);
        }
        this.verbs = Collections.unmodifiableSet(normalized);
    }

    /**
     * @param kind a CDR kind
     * @return its route verb, e.g. {@code cdr:stop}
     */
    public static String verbOf(CdrKind kind) {
        return kind.wireName();
    }

    /** @return every routed verb, in the order first given */
    public Collection<String> all() {
        return verbs;
    }

    /** @return the verbs to register on a connection now: all of them, or only the CDR kinds while drained */
    public List<String> active() {
        return drained ? cdrVerbs() : List.copyOf(verbs);
    }

    /** @return the routed SIP methods (lower-case) */
    public List<String> sipVerbs() {
        List<String> out = new ArrayList<>();
        for (String verb : verbs) {
            if (!verb.startsWith(CDR_PREFIX)) {
                out.add(verb);
            }
        }
        return out;
    }

    /** @return the routed CDR kinds */
    public List<String> cdrVerbs() {
        List<String> out = new ArrayList<>();
        for (String verb : verbs) {
            if (verb.startsWith(CDR_PREFIX)) {
                out.add(verb);
            }
        }
        return out;
    }

    /** @return {@code true} while new requests are not wanted */
    public boolean drained() {
        return drained;
    }

    /** @param drained whether new requests are unwanted */
    public void drained(boolean drained) {
        this.drained = drained;
    }
}
