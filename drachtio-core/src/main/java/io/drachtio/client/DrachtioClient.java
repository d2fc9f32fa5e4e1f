package io.drachtio.client;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The drachtio client: one or more connections to drachtio servers (inbound) and optionally a
 * listener for server-initiated connections (outbound), sharing one request handler, one set of
 * routed verbs and the CDR listeners.
 *
 * <pre>{@code
 * DrachtioClient client = DrachtioClient.builder()
 *     .connection(ConnectionOptions.builder("127.0.0.1", 9022, "cymru").build())
 *     .route("invite").route("options")
 *     .requestHandler(req -> req.response().send(200).subscribe())
 *     .build();
 * client.start().block();
 * }</pre>
 */
public interface DrachtioClient extends AutoCloseable {

    /** @return a new builder */
    static Builder builder() {
        return new DefaultDrachtioClientBuilder();
    }

    /**
     * Connects every configured server and starts the outbound listener. Completes when every
     * inbound connection is ready for the first time (or failed authentication, which is an error);
     * reconnects continue in the background.
     *
     * @return completion
     */
    Mono<Void> start();

    /**
     * Stops taking new requests (routes removed), waits up to {@code grace} for in-flight
     * transactions to be answered, then closes everything. Pending operations fail with
     * {@link ConnectionLostException}.
     *
     * @param grace how long to wait for in-flight transactions
     * @return completion
     */
    Mono<Void> stop(Duration grace);

    /** Closes everything at once. */
    @Override
    void close();

    /** @return the inbound connections and the currently open outbound ones */
    List<DrachtioConnection> connections();

    /**
     * @param name a connection name
     * @return that connection, or {@code null}
     */
    DrachtioConnection connection(String name);

    /** @return the first configured inbound connection (or an open outbound one when there is none) */
    DrachtioConnection defaultConnection();

    /** @return connection events as they happen (hot; no replay) */
    Flux<ConnectionEvent> events();

    /** @return the routed verbs (lower-case) */
    Collection<String> routes();

    /**
     * Stops new requests from coming (removes the routes on every connection, keeps in-dialog traffic
     * and CDRs flowing).
     *
     * @return completion
     */
    Mono<Void> drain();

    /** @return completion once the routes are registered again on every connection */
    Mono<Void> resume();

    /** @return {@code true} while drained */
    boolean isDrained();

    /** @return incoming transactions delivered but not yet finally answered, proxied or cancelled */
    int inFlightTransactions();

    /**
     * @return the local address the outbound listener is bound to (useful with port {@code 0}), or
     *         {@code null} when there is no outbound listener or it is not listening yet
     */
    default java.net.InetSocketAddress outboundAddress() {
        return null;
    }

    /** Configures a {@link DrachtioClient}. */
    interface Builder {

        /** @param options an inbound connection to add @return this builder */
        Builder connection(ConnectionOptions options);

        /** @param options the outbound listener @return this builder */
        Builder outbound(OutboundOptions options);

        /** @param verb a SIP method (any case) or CDR kind to route @return this builder */
        Builder route(String verb);

        /** @param handler receives delivered requests @return this builder */
        Builder requestHandler(RequestHandler handler);

        /**
         * @param listener receives unsolicited requests (e.g. the server's BYE after an ACK timeout),
         *                 which must not be answered
         * @return this builder
         */
        Builder unsolicitedListener(Consumer<IncomingRequest> listener);

        /**
         * Adds a CDR listener and routes the CDR kinds it wants (several listeners may share a kind).
         *
         * @param listener the listener
         * @param kinds    which records it wants
         * @return this builder
         */
        Builder cdrListener(CdrListener listener, io.drachtio.wire.CdrKind... kinds);

        /**
         * Adds metrics/tracing hooks (default: none). Several observers may be added; each hook calls
         * them in the order they were added, and one that throws does not keep the others from being
         * called.
         *
         * @param observer the observer to add
         * @return this builder
         */
        Builder observer(ClientObserver observer);

        /** @return the client (not started) */
        DrachtioClient build();
    }
}
