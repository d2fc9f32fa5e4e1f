package io.drachtio.spring.mapping;

import io.drachtio.sip.SipRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The handler mappings by SIP method, each list ordered best first: more conditions before fewer, then
 * lower {@code @Order}, then discovery order. Immutable; looking a request up allocates nothing.
 */
public final class SipHandlerRegistry {

    /** The verbs drachtio-server routes to applications as new requests; the others arrive in dialogs. */
    public static final Set<String> ROUTABLE_METHODS =
            Set.of("INVITE", "REGISTER", "SUBSCRIBE", "NOTIFY", "OPTIONS", "INFO", "MESSAGE", "PUBLISH");

    private static final Comparator<SipHandlerMapping> BEST_FIRST = Comparator
            .comparingInt(SipHandlerMapping::specificity).reversed()
            .thenComparingInt(SipHandlerMapping::order);

    private final Map<String, SipHandlerMapping[]> byMethod;
    private final List<SipHandlerMapping> mappings;

    /** @param mappings every mapping, in discovery order */
    public SipHandlerRegistry(Collection<SipHandlerMapping> mappings) {
        this.mappings = List.copyOf(mappings);
        Map<String, List<SipHandlerMapping>> grouped = new HashMap<>();
        for (SipHandlerMapping mapping : this.mappings) {
            for (String method : mapping.sipMethods()) {
                grouped.computeIfAbsent(method, m -> new ArrayList<>()).add(mapping);
            }
        }
        Map<String, SipHandlerMapping[]> sorted = new HashMap<>();
        grouped.forEach((method, list) -> {
            list.sort(BEST_FIRST);
            sorted.put(method, list.toArray(SipHandlerMapping[]::new));
        });
        this.byMethod = Map.copyOf(sorted);
    }

    /**
     * @param request a request
     * @return the best mapping whose method equals the request's exactly and whose conditions hold, or
     *         {@code null} when none does
     */
    public SipHandlerMapping lookup(SipRequest request) {
        SipHandlerMapping[] candidates = byMethod.get(request.method());
        if (candidates != null) {
            for (SipHandlerMapping candidate : candidates) {
                if (candidate.matches(request)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** @return every mapping, in discovery order */
    public List<SipHandlerMapping> mappings() {
        return mappings;
    }

    /**
     * @return the lower-case verbs to register with the {@code route} command: the handled methods
     *         drachtio-server delivers as new requests (see {@link #ROUTABLE_METHODS}), sorted
     */
    public Set<String> routedVerbs() {
        Set<String> verbs = new TreeSet<>();
        for (String method : byMethod.keySet()) {
            if (ROUTABLE_METHODS.contains(method)) {
                verbs.add(method.toLowerCase(Locale.ROOT));
            }
        }
        return verbs;
    }
}
