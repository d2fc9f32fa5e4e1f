package io.drachtio.embedded.sip.transport;

/** A message could not be sent or a target could not be resolved. */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the destination
     * @param cause   the underlying failure, or null
     */
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
