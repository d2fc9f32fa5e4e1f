package io.drachtio.wire;

import java.util.Objects;

/**
 * {@code <id>|route|<verb>}: asks the server to deliver new requests of one method, or one kind of
 * CDR, to this connection (protocol reference §5.2). Verbs are lower-case method names
 * ({@code invite}) or {@code cdr:attempt}, {@code cdr:start}, {@code cdr:stop}.
 *
 * @param id message id
 * @param verb the lower-case method name or CDR kind
 */
public record Route(String id, String verb) implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "route";

    /**
     * Creates the command.
     *
     * @param id see {@link #id()}
     * @param verb see {@link #verb()}
     * @throws NullPointerException when a component is {@code null}
     */
    public Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verb, "verb");
    }
}
