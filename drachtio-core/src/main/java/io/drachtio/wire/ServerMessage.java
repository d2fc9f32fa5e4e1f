package io.drachtio.wire;

import java.util.List;

/**
 * A message drachtio-server sends to an application (protocol reference §6): a {@link Reply} to a
 * command, a {@link SipEvent} carrying a SIP message, a {@link CdrEvent}, or an
 * {@link UnknownServerMessage} of any other type.
 *
 * <p>Every message keeps its first-line fields exactly as received (or as laid out by a factory),
 * so encoding it again gives the same bytes; the typed accessors of each kind interpret them.
 */
public sealed interface ServerMessage permits Reply, SipEvent, CdrEvent, UnknownServerMessage {

    /**
     * Returns the message id the server chose (field 0). Clients never echo it.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the message type (field 1), e.g. {@code response}, {@code sip}, {@code cdr:stop}.
     *
     * @return the type
     */
    String type();

    /**
     * Returns all first-line fields, split on every {@code |} with empty and trailing empty fields
     * kept.
     *
     * @return the fields, unmodifiable, at least two
     */
    List<String> fields();

    /**
     * Returns the SIP part: the bytes after the first CR LF of the payload. The array is the
     * message's own; callers must not modify it.
     *
     * @return the SIP bytes, an empty array when the message has no SIP part
     */
    byte[] sip();
}
