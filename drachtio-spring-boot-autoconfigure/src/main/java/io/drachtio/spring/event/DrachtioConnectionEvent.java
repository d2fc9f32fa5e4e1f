package io.drachtio.spring.event;

import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.DrachtioConnection;
import org.springframework.context.ApplicationEvent;

/** Something happened to a connection to a drachtio server; the source is the {@link DrachtioConnection}. */
public abstract class DrachtioConnectionEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final transient ConnectionEvent clientEvent;

    /** @param clientEvent the client's event */
    protected DrachtioConnectionEvent(ConnectionEvent clientEvent) {
        super(clientEvent.connection());
        this.clientEvent = clientEvent;
    }

    /**
     * Converts a client event into the matching application event.
     *
     * @param event the client's event
     * @return the application event
     */
    public static DrachtioConnectionEvent of(ConnectionEvent event) {
        if (event instanceof ConnectionEvent.Connected connected) {
            return new DrachtioConnectedEvent(connected);
        }
        if (event instanceof ConnectionEvent.Disconnected disconnected) {
            return new DrachtioDisconnectedEvent(disconnected);
        }
        if (event instanceof ConnectionEvent.Reconnecting reconnecting) {
            return new DrachtioReconnectingEvent(reconnecting);
        }
        return new DrachtioAuthenticationFailedEvent((ConnectionEvent.AuthenticationFailed) event);
    }

    /** @return the connection */
    public DrachtioConnection connection() {
        return clientEvent.connection();
    }

    /** @return the client's event */
    public ConnectionEvent clientEvent() {
        return clientEvent;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + connection().name() + "]";
    }
}
