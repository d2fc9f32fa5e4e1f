package io.drachtio.wire;

import java.util.List;
import java.util.Objects;

/**
 * {@code <id>|authenticate|<secret>|<tag>,<tag>...}: the first command on every connection
 * (protocol reference §5.1). The tags field is always written, empty when there are no tags, as
 * drachtio-srf does. {@link #toString()} never shows the secret.
 *
 * @param id message id
 * @param secret the shared secret of the server
 * @param tags connection tags (used by HTTP-routed calls), none containing {@code ,}
 */
public record Authenticate(String id, String secret, List<String> tags) implements ClientCommand {

    /** The command name on the wire. */
    public static final String NAME = "authenticate";

    /**
     * Creates the command; the tags are copied.
     *
     * @param id see {@link #id()}
     * @param secret see {@link #secret()}
     * @param tags see {@link #tags()}
     * @throws NullPointerException when a component is {@code null}
     */
    public Authenticate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        tags = List.copyOf(tags);
    }

    /**
     * Returns the tags as written in field 3.
     *
     * @return the tags joined with commas, empty when there are none
     */
    public String tagsField() {
        return String.join(",", tags);
    }

    /**
     * Describes the command with the secret masked.
     *
     * @return {@code Authenticate[id=..., secret=****, tags=[...]]}
     */
    @Override
    public String toString() {
        return "Authenticate[id=" + id + ", secret=" + FrameText.MASK + ", tags=" + tags + "]";
    }
}
