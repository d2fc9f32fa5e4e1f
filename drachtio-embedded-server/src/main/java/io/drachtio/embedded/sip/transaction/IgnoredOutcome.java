package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.ReceivedMessage;

/**
 * The listener of requests whose outcome changes nothing: the CANCELs of abandoned proxy branches and of
 * an application's INVITE, the server's own BYE after an ACK timeout.
 */
public enum IgnoredOutcome implements ClientTransactionListener {
    /** The only instance. */
    INSTANCE;

    @Override
    public void onResponse(ClientTransaction transaction, ReceivedMessage response) {
        // the response to such a request changes nothing
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
        // nor does its failure
    }

    @Override
    public void onTransportError(ClientTransaction transaction, Throwable cause) {
        // nor does its failure
    }
}
