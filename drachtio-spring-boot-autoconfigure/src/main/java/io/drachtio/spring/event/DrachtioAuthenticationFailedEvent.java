package io.drachtio.spring.event;

import io.drachtio.client.ConnectionEvent;

/** The server refused the secret; the connection does not retry. */
public class DrachtioAuthenticationFailedEvent extends DrachtioConnectionEvent {

    private static final long serialVersionUID = 1L;

    /** @param event the client's event */
    public DrachtioAuthenticationFailedEvent(ConnectionEvent.AuthenticationFailed event) {
        super(event);
    }

    /** @return the server's text (never the secret) */
    public String reason() {
        return ((ConnectionEvent.AuthenticationFailed) clientEvent()).reason();
    }
}
