package io.drachtio.wire;

/**
 * The three kinds of call detail records (protocol reference §6.3). A client subscribes to each
 * with {@code route|<wireName>}.
 */
public enum CdrKind {

    /** A new INVITE was received, sent or forwarded: {@code cdr:attempt|<source>|<time>}. */
    ATTEMPT("cdr:attempt"),

    /** A call was answered: {@code cdr:start|<source>|<time>|<role>}. */
    START("cdr:start"),

    /** A call ended or failed: {@code cdr:stop|<source>|<time>|<reason>}. */
    STOP("cdr:stop");

    private final String wireName;

    CdrKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the message type on the wire, also the verb of the {@code route} command.
     *
     * @return {@code cdr:attempt}, {@code cdr:start} or {@code cdr:stop}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the kind for a message type.
     *
     * @param type field 1 of a message
     * @return the kind, or {@code null} when the type is not a CDR type
     */
    public static CdrKind fromWireName(String type) {
        for (CdrKind kind : values()) {
            if (kind.wireName.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
