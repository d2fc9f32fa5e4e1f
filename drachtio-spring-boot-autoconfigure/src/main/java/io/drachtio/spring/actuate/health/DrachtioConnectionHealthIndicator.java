package io.drachtio.spring.actuate.health;

import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.spring.actuate.ConnectionDescriptor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one connection to a drachtio server: {@code UP} while it is authenticated and routed
 * ({@link ConnectionState#READY}), {@code DOWN} otherwise (connecting, reconnecting, refused secret,
 * closed). Details: address, mode, state, server version, SIP addresses, last error, reconnect attempts
 * — never the secret.
 */
public final class DrachtioConnectionHealthIndicator implements HealthIndicator {

    private final DrachtioConnection connection;

    /** @param connection the connection to report on */
    public DrachtioConnectionHealthIndicator(DrachtioConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        ConnectionDescriptor described = ConnectionDescriptor.of(connection);
        Health.Builder health = connection.state() == ConnectionState.READY ? Health.up() : Health.down();
        health.withDetail("address", described.address())
                .withDetail("mode", described.mode())
                .withDetail("state", described.state())
                .withDetail("sipAddresses", described.sipAddresses())
                .withDetail("reconnectAttempts", described.reconnectAttempts());
        if (described.serverVersion() != null) {
            health.withDetail("serverVersion", described.serverVersion());
        }
        if (described.lastError() != null) {
            health.withDetail("lastError", described.lastError());
        }
        return health.build();
    }
}
