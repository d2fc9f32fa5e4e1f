package io.drachtio.spring.actuate.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Meters (or nested families) of one name, one per value of a varying tag, registered on first use
 * and looked up without allocating afterwards.
 *
 * @param <M> the meter type
 */
final class MeterFamily<M> {

    private final ConcurrentHashMap<String, M> members = new ConcurrentHashMap<>();
    private final Function<String, M> register;

    /** @param register creates the member of a tag value (called once per value) */
    MeterFamily(Function<String, M> register) {
        this.register = register;
    }

    /**
     * @param tagValue the value of the varying tag
     * @return its member, registered now when it is the first use
     */
    M get(String tagValue) {
        M member = members.get(tagValue);
        return member != null ? member : members.computeIfAbsent(tagValue, register);
    }
}
