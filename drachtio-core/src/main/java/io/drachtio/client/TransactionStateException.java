package io.drachtio.client;

/**
 * An operation is not allowed in the transaction's current state — a second final response, a
 * response to an ACK or to an unsolicited request, a proxy after a response was sent. Nothing was
 * sent.
 */
public class TransactionStateException extends DrachtioClientException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and why */
    public TransactionStateException(String message) {
        super(message);
    }
}
