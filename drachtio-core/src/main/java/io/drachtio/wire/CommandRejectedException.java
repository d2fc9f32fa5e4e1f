package io.drachtio.wire;

/**
 * A client command that the real drachtio-server answers with a synchronous {@code NO} reply and
 * then closes the connection (protocol reference §5.7). Thrown by {@link ClientCommandParser}; a
 * fake server answers with {@link #reply(String)} and closes the connection.
 *
 * <p>{@link #replyId()} is what the server echoes as the command id: the message id of the command,
 * or the whole first line when it has no {@code |} at all ({@code Invalid message format}).
 * {@link #replyText()} is the exact reason text the real server sends, one of
 * {@link #INVALID_MESSAGE_FORMAT}, {@link #UNKNOWN_MESSAGE_TYPE}, {@link #TRANSACTION_ID_MISSING}
 * and {@link #INVALID_PROXY_REQUEST}. Inputs for which the real server's behaviour is undefined
 * (a {@code sip} command with fewer than 4 fields, {@code route} without verb, {@code authenticate}
 * without secret, a first line that is not UTF-8 or has a lone CR or LF) are rejected with
 * {@link #INVALID_MESSAGE_FORMAT}; a {@code proxy} command with fewer than 10 fields with
 * {@link #INVALID_PROXY_REQUEST}.
 */
public class CommandRejectedException extends DrachtioProtocolException {

    /** Reply text for a first line without {@code |} (and other unparseable first lines). */
    public static final String INVALID_MESSAGE_FORMAT = "Invalid message format";
    /** Reply text for an unknown command name. */
    public static final String UNKNOWN_MESSAGE_TYPE = "Unknown message type";
    /** Reply text for a SIP response sent without a transaction id. */
    public static final String TRANSACTION_ID_MISSING = "transaction id missing";
    /** Reply text for a {@code proxy} command with too few fields. */
    public static final String INVALID_PROXY_REQUEST = "Invalid proxy request: not enough information provided";

    private static final long serialVersionUID = 1L;

    private final String replyId;
    private final String replyText;

    /**
     * Creates a rejection.
     *
     * @param replyId the id to echo in field 2 of the {@code NO} reply
     * @param replyText the reason text of the {@code NO} reply
     * @param detail what exactly was wrong (for the exception message)
     * @param frameExcerpt masked excerpt of the rejected frame
     */
    public CommandRejectedException(String replyId, String replyText, String detail, String frameExcerpt) {
        super("command rejected with NO|" + replyText + ": " + detail, frameExcerpt);
        this.replyId = replyId;
        this.replyText = replyText;
    }

    /**
     * Returns the id the {@code NO} reply echoes in field 2.
     *
     * @return the command's message id, or the whole first line when it had no {@code |}
     */
    public String replyId() {
        return replyId;
    }

    /**
     * Returns the reason text of the {@code NO} reply.
     *
     * @return one of the constants of this class
     */
    public String replyText() {
        return replyText;
    }

    /**
     * Builds the {@code NO} reply the real server sends for this rejection (layout E1).
     *
     * @param messageId the fresh message id of the reply (field 0)
     * @return {@code <messageId>|response|<replyId>|NO|<replyText>}
     */
    public Reply reply(String messageId) {
        return Reply.rejected(messageId, replyId, replyText);
    }
}
