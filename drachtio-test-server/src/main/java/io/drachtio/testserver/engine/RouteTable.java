package io.drachtio.testserver.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code route} registrations of all connections and the round-robin choice among them (§7.1):
 * per verb a rotating start offset; from there the first registration whose connection is still
 * open wins; registrations of closed connections are dropped on the way. A connection that
 * registered a verb twice gets a double share.
 */
public final class RouteTable {

    private final Map<String, List<ControlConnection>> registrations = new HashMap<>();
    private final Map<String, Integer> offsets = new HashMap<>();

    /**
     * Registers a connection for a verb (any string; the server never checks it).
     *
     * @param verb       the verb as sent, e.g. {@code invite} or {@code cdr:stop}
     * @param connection the connection
     */
    public void add(String verb, ControlConnection connection) {
        registrations.computeIfAbsent(verb, v -> new ArrayList<>()).add(connection);
        connection.addRoute(verb);
    }

    /**
     * Removes every registration of a connection, whatever the verb (the real server's
     * {@code remove_route} ignores its verb, §5.3).
     *
     * @param connection the connection
     */
    public void removeAll(ControlConnection connection) {
        for (List<ControlConnection> list : registrations.values()) {
            list.removeIf(registered -> registered == connection);
        }
        connection.clearRoutes();
    }

    /**
     * Picks the connection for a new request or CDR of a verb.
     *
     * @param verb the lower-case method or CDR kind
     * @return the chosen open connection, or {@code null} when none is registered
     */
    public ControlConnection pick(String verb) {
        List<ControlConnection> list = registrations.get(verb);
        if (list == null) {
            return null;
        }
        for (Iterator<ControlConnection> it = list.iterator(); it.hasNext();) {
            if (!it.next().isOpen()) {
                it.remove();
            }
        }
        if (list.isEmpty()) {
            return null;
        }
        int offset = offsets.getOrDefault(verb, 0) % list.size();
        offsets.put(verb, offset + 1);
        return list.get(offset);
    }

    /**
     * Tells whether an open connection is registered for a verb.
     *
     * @param verb the verb
     * @return {@code true} when a request of that verb would be delivered
     */
    public boolean isRouted(String verb) {
        List<ControlConnection> list = registrations.get(verb);
        return list != null && list.stream().anyMatch(ControlConnection::isOpen);
    }
}
