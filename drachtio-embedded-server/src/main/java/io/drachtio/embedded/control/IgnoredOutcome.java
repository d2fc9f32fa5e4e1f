package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transport.ReceivedMessage;

/**
 * The listener of requests whose outcome no application is told about, as in drachtio-server: the
 * CANCEL of an application's INVITE and the server's own BYE after an ACK timeout.
 */
enum IgnoredOutcome implements ClientTransactionListener {
    /** The only instance. */
    INSTANCE;

    @Override
    public void onResponse(ClientTransaction transaction, ReceivedMessage response) {
        // drachtio-server does not report these responses to the application
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
        // nothing to report either
    }

    @Override
    public void onTransportError(ClientTransaction transaction, Throwable cause) {
        // nothing to report either
    }
}
