package io.drachtio.testserver;

import io.drachtio.testserver.engine.ControlConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A control connection of an application to the test server: what the server knows about it and
 * what a test can do to it (drop it, send it raw frames or bytes).
 */
public final class AppConnection {

    private final ControlConnection connection;
    private final Duration awaitTimeout;

    AppConnection(ControlConnection connection, Duration awaitTimeout) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.awaitTimeout = awaitTimeout;
    }

    /**
     * Returns the connection's sequence number.
     *
     * @return 1 for the first connection the server saw, and so on
     */
    public int number() {
        return connection.number();
    }

    /**
     * Returns the application's address.
     *
     * @return {@code host:port}
     */
    public String remoteAddress() {
        return connection.remoteAddress();
    }

    /**
     * Tells whether the server opened the connection (outbound mode).
     *
     * @return {@code true} for a connection made with {@link DrachtioTestServer#connectTo}
     */
    public boolean isOutbound() {
        return connection.isOutbound();
    }

    /**
     * Tells whether the connection is open.
     *
     * @return {@code true} while open
     */
    public boolean isOpen() {
        return connection.isOpen();
    }

    /**
     * Tells whether the application authenticated successfully.
     *
     * @return {@code true} after an {@code authenticate} with the right secret
     */
    public boolean isAuthenticated() {
        return connection.isAuthenticated();
    }

    /**
     * Returns the tags sent with {@code authenticate}.
     *
     * @return the tags (they accumulate over several {@code authenticate}s); empty when none
     */
    public List<String> tags() {
        return connection.tags();
    }

    /**
     * Returns the verbs the application registered with {@code route}.
     *
     * @return the verbs in order, duplicates kept; empty after {@code remove_route}
     */
    public List<String> routes() {
        return connection.routes();
    }

    /** Closes the connection from the server side; the application sees the socket close. */
    public void drop() {
        connection.close();
    }

    /**
     * Sends a frame with the given payload (the length prefix is computed from its UTF-8 bytes),
     * for messages the typed API cannot make.
     *
     * @param payload the payload text
     */
    public void sendFrame(String payload) {
        connection.sendPayload(payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends bytes as they are, without framing (for malformed or oversize input tests).
     *
     * @param bytes the bytes
     */
    public void sendRaw(byte[] bytes) {
        connection.sendRaw(bytes);
    }

    /**
     * Waits until the connection is closed.
     *
     * @throws AssertionError when it is still open after the server's await timeout
     */
    public void awaitClosed() {
        if (!connection.awaitClosed(awaitTimeout.toMillis())) {
            throw new AssertionError("Timed out after " + awaitTimeout.toMillis() + " ms waiting for " + this
                    + " to close");
        }
    }

    /**
     * Waits until the application authenticated.
     *
     * @return this connection
     * @throws AssertionError when it did not authenticate within the server's await timeout
     */
    public AppConnection awaitAuthenticated() {
        if (!connection.awaitAuthenticated(awaitTimeout.toMillis())) {
            throw new AssertionError("Timed out after " + awaitTimeout.toMillis() + " ms waiting for " + this
                    + " to authenticate");
        }
        return this;
    }

    ControlConnection state() {
        return connection;
    }

    @Override
    public String toString() {
        return connection.toString();
    }
}
