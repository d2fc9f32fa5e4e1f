package io.drachtio.spring.event;

import io.drachtio.client.ConnectionEvent;
import java.time.Duration;

/** A reconnect attempt is scheduled. */
public class DrachtioReconnectingEvent extends DrachtioConnectionEvent {

    private static final long serialVersionUID = 1L;

    /** @param event the client's event */
    public DrachtioReconnectingEvent(ConnectionEvent.Reconnecting event) {
        super(event);
    }

    /** @return the attempt number, from 1 */
    public int attempt() {
        return ((ConnectionEvent.Reconnecting) clientEvent()).attempt();
    }

    /** @return how long until the attempt */
    public Duration delay() {
        return ((ConnectionEvent.Reconnecting) clientEvent()).delay();
    }
}
