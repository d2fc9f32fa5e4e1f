package io.drachtio.client;

import java.time.Duration;

/**
 * Hooks for metrics and tracing: the client calls these as traffic flows. Every method has an
 * empty default, so implementations override what they need. Called on event-loop threads: must
 * be fast and must not block or throw (exceptions are logged and ignored).
 */
public interface ClientObserver {

    /** An observer that does nothing. */
    ClientObserver NOOP = new ClientObserver() { };

    /** @param connection connection name @param bytes frame size including the length prefix */
    default void frameReceived(String connection, int bytes) { }

    /** @param connection connection name @param bytes frame size including the length prefix */
    default void frameSent(String connection, int bytes) { }

    /** @param request a request delivered to the application (before the handler runs) */
    default void requestReceived(IncomingRequest request) { }

    /** @param request the request answered @param status the status sent */
    default void responseSent(IncomingRequest request, int status) { }

    /** @param request the request proxied @param result the outcome */
    default void proxyCompleted(IncomingRequest request, ProxyResult result) { }

    /** @param connection connection name @param method method of a request the application sent */
    default void requestSent(String connection, String method) { }

    /** @param connection connection name @param method request method @param status response status */
    default void responseReceived(String connection, String method, int status) { }

    /** @param connection connection name @param roundTrip ping round-trip time */
    default void pingCompleted(String connection, Duration roundTrip) { }

    /** @param connection connection name @param state the new state */
    default void stateChanged(String connection, ConnectionState state) { }
}
