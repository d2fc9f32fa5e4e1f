package io.drachtio.client;

/** The drachtio server refused the secret. The message never contains the secret. */
public class AuthenticationFailedException extends DrachtioClientException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param connection the connection's name
     * @param reason     the server's text
     */
    public AuthenticationFailedException(String connection, String reason) {
        super("drachtio server (" + connection + ") refused authentication: " + reason
                + " (check the configured secret)");
        this.reason = reason;
    }

    /** @return the server's text, e.g. {@code incorrect secret} */
    public String reason() {
        return reason;
    }
}
