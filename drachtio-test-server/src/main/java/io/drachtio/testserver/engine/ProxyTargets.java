package io.drachtio.testserver.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scripts of simulated proxy targets, by destination as the application names it in its
 * {@code proxy} command (e.g. {@code sip:127.0.0.1:5171}).
 */
public final class ProxyTargets {

    private final Map<String, TargetScript> scripts = new ConcurrentHashMap<>();

    /**
     * Sets what a destination answers, replacing an earlier script.
     *
     * @param destination the destination exactly as in the {@code proxy} command
     * @param script      the script
     */
    public void script(String destination, TargetScript script) {
        scripts.put(destination, script);
    }

    /**
     * Returns what a destination answers.
     *
     * @param destination the destination from the {@code proxy} command
     * @return its script, or {@link TargetScript#UNSCRIPTED}
     */
    public TargetScript scriptFor(String destination) {
        return scripts.getOrDefault(destination, TargetScript.UNSCRIPTED);
    }
}
