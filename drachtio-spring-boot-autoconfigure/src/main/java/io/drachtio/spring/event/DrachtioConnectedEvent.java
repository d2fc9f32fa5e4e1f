package io.drachtio.spring.event;

import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ServerInfo;

/** A connection authenticated and registered its routes: it carries traffic. */
public class DrachtioConnectedEvent extends DrachtioConnectionEvent {

    private static final long serialVersionUID = 1L;

    /** @param event the client's event */
    public DrachtioConnectedEvent(ConnectionEvent.Connected event) {
        super(event);
    }

    /** @return what the server said about itself */
    public ServerInfo server() {
        return ((ConnectionEvent.Connected) clientEvent()).server();
    }
}
