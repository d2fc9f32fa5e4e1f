package io.drachtio.client;

/** The life-cycle state of one connection to a drachtio server. */
public enum ConnectionState {
    /** Opening the TCP (or TLS) connection. */
    CONNECTING,
    /** Connected; {@code authenticate} sent, waiting for the reply. */
    AUTHENTICATING,
    /** Authenticated and routed: requests flow. */
    READY,
    /** The connection was lost; waiting for the next reconnect attempt. */
    RECONNECTING,
    /** The server refused the secret; the client does not retry on its own. */
    AUTHENTICATION_FAILED,
    /** Closed for good (stopped, or reconnect attempts exhausted). */
    CLOSED
}
