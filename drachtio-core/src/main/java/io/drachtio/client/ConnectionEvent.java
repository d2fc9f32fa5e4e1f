package io.drachtio.client;

import java.time.Duration;

/** Something that happened to a connection; published on {@link DrachtioClient#events()}. */
public sealed interface ConnectionEvent {

    /** @return the connection it happened to */
    DrachtioConnection connection();

    /**
     * Authenticated and routed: the connection carries traffic.
     *
     * @param connection the connection
     * @param server     what the server said about itself
     */
    record Connected(DrachtioConnection connection, ServerInfo server) implements ConnectionEvent {
    }

    /**
     * The connection was lost or closed; pending operations on it failed.
     *
     * @param connection the connection
     * @param reason     why, for people (never contains the secret)
     */
    record Disconnected(DrachtioConnection connection, String reason) implements ConnectionEvent {
    }

    /**
     * A reconnect attempt is scheduled.
     *
     * @param connection the connection
     * @param attempt    the attempt number, from 1
     * @param delay      how long until the attempt
     */
    record Reconnecting(DrachtioConnection connection, int attempt, Duration delay) implements ConnectionEvent {
    }

    /**
     * The server refused the secret. The client does not retry until told to.
     *
     * @param connection the connection
     * @param reason     the server's text (e.g. {@code incorrect secret})
     */
    record AuthenticationFailed(DrachtioConnection connection, String reason) implements ConnectionEvent {
    }
}
