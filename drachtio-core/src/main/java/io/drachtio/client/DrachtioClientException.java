package io.drachtio.client;

/** Base type of the errors the drachtio client reports. */
public class DrachtioClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public DrachtioClientException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying error
     */
    public DrachtioClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
