package io.drachtio.spring.event;

import io.drachtio.client.ConnectionEvent;

/** A connection was lost or closed. */
public class DrachtioDisconnectedEvent extends DrachtioConnectionEvent {

    private static final long serialVersionUID = 1L;

    /** @param event the client's event */
    public DrachtioDisconnectedEvent(ConnectionEvent.Disconnected event) {
        super(event);
    }

    /** @return why, for people (never the secret) */
    public String reason() {
        return ((ConnectionEvent.Disconnected) clientEvent()).reason();
    }
}
