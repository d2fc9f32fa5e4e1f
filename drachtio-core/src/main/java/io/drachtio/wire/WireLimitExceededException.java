package io.drachtio.wire;

/**
 * A command was refused before sending because the real drachtio-server would mangle it: it
 * exceeds one of the server's fixed buffers, or a field contains a character the protocol cannot
 * carry. Thrown by {@link WireLimits#check(ClientCommand)}. The message names the limit and the
 * actual value, never the value of the secret.
 */
public class WireLimitExceededException extends DrachtioProtocolException {

    private static final long serialVersionUID = 1L;

    private final String limit;

    /**
     * Creates the exception.
     *
     * @param limit short name of the limit, e.g. {@code "payload length"}
     * @param reason the full explanation, naming the limit and the actual value
     * @param commandExcerpt masked excerpt of the command's first line
     */
    public WireLimitExceededException(String limit, String reason, String commandExcerpt) {
        super(reason, commandExcerpt);
        this.limit = limit;
    }

    /**
     * Returns the short name of the limit that was exceeded.
     *
     * @return e.g. {@code "payload length"}, {@code "message id"}, {@code "proxy destinations"}
     */
    public String limit() {
        return limit;
    }
}
