package io.drachtio.wire;

import java.util.Objects;

/**
 * {@code <id>|ping}: liveness check, answered {@code OK|pong} (protocol reference §5.4; servers
 * from v0.8.2 on).
 *
 * @param id message id
 */
public record Ping(String id) implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "ping";

    /**
     * Creates the command.
     *
     * @param id see {@link #id()}
     * @throws NullPointerException when the id is {@code null}
     */
    public Ping {
        Objects.requireNonNull(id, "id");
    }
}
