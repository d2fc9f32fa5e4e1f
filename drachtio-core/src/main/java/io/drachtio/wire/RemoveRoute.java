package io.drachtio.wire;

import java.util.Objects;

/**
 * {@code <id>|remove_route|<verb>} (protocol reference §5.3). Beware: drachtio-server ignores the
 * verb and removes every registration of the connection; re-send {@link Route} for the verbs still
 * wanted.
 *
 * @param id message id
 * @param verb the verb to remove (ignored by the real server)
 */
public record RemoveRoute(String id, String verb) implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "remove_route";

    /**
     * Creates the command.
     *
     * @param id see {@link #id()}
     * @param verb see {@link #verb()}
     * @throws NullPointerException when a component is {@code null}
     */
    public RemoveRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verb, "verb");
    }
}
