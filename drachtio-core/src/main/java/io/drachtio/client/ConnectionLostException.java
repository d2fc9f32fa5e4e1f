package io.drachtio.client;

/** A pending operation failed because its connection closed before the answer came. */
public class ConnectionLostException extends DrachtioClientException {

    private static final long serialVersionUID = 1L;

    /**
     * @param connection the connection's name
     * @param detail     what was pending
     */
    public ConnectionLostException(String connection, String detail) {
        super("connection '" + connection + "' to drachtio server closed while " + detail);
    }
}
