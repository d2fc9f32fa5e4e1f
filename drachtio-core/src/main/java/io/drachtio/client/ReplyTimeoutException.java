package io.drachtio.client;

import java.time.Duration;

/** The server did not reply to a command within the connection's reply timeout. */
public class ReplyTimeoutException extends DrachtioClientException {

    private static final long serialVersionUID = 1L;

    /**
     * @param connection the connection's name
     * @param command    the command name
     * @param timeout    the timeout that elapsed
     */
    public ReplyTimeoutException(String connection, String command, Duration timeout) {
        super("drachtio server (" + connection + ") did not reply to '" + command + "' within " + timeout);
    }
}
