package io.drachtio.client;

/**
 * The server answered a command with {@code NO} or {@code NOK} (for example
 * {@code Response not sent due to unknown transaction}).
 */
public class CommandFailedException extends DrachtioClientException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final String failureText;

    /**
     * @param connection  name of the connection the command went through
     * @param command     the command name ({@code sip}, {@code proxy}, …)
     * @param failureText the server's reason text
     */
    public CommandFailedException(String connection, String command, String failureText) {
        super("drachtio server (" + connection + ") refused '" + command + "': " + failureText);
        this.command = command;
        this.failureText = failureText;
    }

    /** @return the command name */
    public String command() {
        return command;
    }

    /** @return the server's reason text */
    public String failureText() {
        return failureText;
    }
}
