package io.drachtio.client;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * One control connection to a drachtio server (inbound: the application connected; outbound: the
 * server connected to the application). Reconnects on its own in inbound mode; every pending
 * operation on it fails with {@link ConnectionLostException} when it drops. Thread-safe.
 */
public interface DrachtioConnection {

    /** @return the connection's name, unique within the client */
    String name();

    /** @return {@code true} for a connection the server opened to the application */
    boolean isOutbound();

    /** @return the current state */
    ConnectionState state();

    /** @return what the server said in its last {@code authenticate} reply, or {@code null} before that */
    ServerInfo serverInfo();

    /** @return the {@code host:port} of the server's admin port (inbound) or of the peer (outbound) */
    String remoteAddress();

    /** @return how many reconnect attempts were made since the last successful connection */
    int reconnectAttempts();

    /** @return the reason of the last failure (never the secret), or {@code null} */
    String lastError();

    /**
     * Sends a request (UAC), out of dialog or — with a dialog id — inside a dialog.
     *
     * @param request what to send
     * @return the transaction; the request is written at once
     */
    ClientTransaction request(OutgoingRequest request);

    /**
     * Pings the server now (if it supports {@code ping}).
     *
     * @return the round-trip time
     */
    Mono<Duration> ping();
}
