package io.drachtio.wire;

import java.util.List;
import java.util.Objects;

/**
 * A server message of a type this codec does not know. Its fields and SIP part are kept as
 * received; a client should log and ignore it (drachtio-srf throws instead).
 */
public final class UnknownServerMessage extends AbstractServerMessage implements ServerMessage {

    /**
     * Creates an unknown message from its fields.
     *
     * @param fields the first-line fields, at least two
     * @param sip the SIP part (not copied)
     */
    UnknownServerMessage(List<String> fields, byte[] sip) {
        super(fields, sip);
    }

    /**
     * Creates an unknown message, e.g. to test how a client copes with new message types.
     *
     * @param sip the SIP part, may be empty (not copied)
     * @param fields the first-line fields, at least two (id and type)
     * @return the message
     * @throws IllegalArgumentException when fewer than two fields, or a field contains {@code |},
     *     CR or LF
     */
    public static UnknownServerMessage of(byte[] sip, String... fields) {
        if (fields.length < 2) {
            throw new IllegalArgumentException("a message needs at least an id and a type");
        }
        return new UnknownServerMessage(FieldSyntax.layout(fields), Objects.requireNonNull(sip, "sip"));
    }
}
