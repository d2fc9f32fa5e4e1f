package io.drachtio.client.internal;

import io.drachtio.client.CdrListener;
import io.drachtio.client.ClientObserver;
import io.drachtio.client.ConnectionEvent;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutboundOptions;
import io.drachtio.client.RequestHandler;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.RemoveRoute;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@link DrachtioClient}: its inbound connections, the optional outbound listener with the
 * connections it accepted, and what they share. Built by {@link DrachtioClient#builder()}.
 */
public final class DefaultDrachtioClient implements DrachtioClient {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDrachtioClient.class);

    private final ClientContext context;
    private final List<InboundConnection> inbound;
    private final OutboundListener outboundListener;
    private final List<OutboundConnection> outbound = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param connections         inbound connections (names must be unique)
     * @param outboundOptions     the outbound listener, or {@code null}
     * @param routes              routed verbs: SIP methods (any case) and CDR kinds
     * @param requestHandler      receives delivered requests
     * @param unsolicitedListener receives unsolicited requests
     * @param cdrListeners        CDR listeners per kind
     * @param observers           metrics/tracing hooks, called in this order (may be empty)
     */
    public DefaultDrachtioClient(List<ConnectionOptions> connections, OutboundOptions outboundOptions,
            Collection<String> routes, RequestHandler requestHandler, Consumer<IncomingRequest> unsolicitedListener,
            Map<CdrKind, List<CdrListener>> cdrListeners, List<ClientObserver> observers) {
        this.context = new ClientContext(requestHandler, unsolicitedListener, new CdrDispatcher(cdrListeners),
                new ObserverNotifier(observers), new EventPublisher(), new RouteTable(routes),
                new InFlightTransactions());
        List<InboundConnection> created = new ArrayList<>(connections.size());
        for (ConnectionOptions options : connections) {
            created.add(new InboundConnection(options, context));
        }
        this.inbound = List.copyOf(created);
        this.outboundListener = outboundOptions == null ? null
                : new OutboundListener(outboundOptions, context, outbound::add, outbound::remove);
    }

    @Override
    public Mono<Void> start() {
        List<Mono<Void>> starts = new ArrayList<>();
        if (outboundListener != null) {
            starts.add(outboundListener.start());
        }
        for (InboundConnection connection : inbound) {
            starts.add(connection.start());
        }
        return Mono.when(starts);
    }

    @Override
    public Mono<Void> stop(Duration grace) {
        return drain()
                .onErrorResume(error -> {
                    LOG.warn("could not remove the routes before stopping: {}", error.getMessage());
                    return Mono.empty();
                })
                .then(context.inFlight().awaitNone(grace))
                .then(Mono.fromRunnable(this::close));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (outboundListener != null) {
            outboundListener.stop();
        }
        for (InboundConnection connection : inbound) {
            connection.stop();
        }
        for (OutboundConnection connection : outbound) {
            connection.close();
        }
        context.events().complete();
    }

    @Override
    public List<DrachtioConnection> connections() {
        List<DrachtioConnection> all = new ArrayList<>(inbound);
        all.addAll(outbound);
        return all;
    }

    @Override
    public DrachtioConnection connection(String name) {
        for (DrachtioConnection connection : connections()) {
            if (connection.name().equals(name)) {
                return connection;
            }
        }
        return null;
    }

    @Override
    public DrachtioConnection defaultConnection() {
        if (!inbound.isEmpty()) {
            return inbound.get(0);
        }
        return outbound.isEmpty() ? null : outbound.get(0);
    }

    @Override
    public Flux<ConnectionEvent> events() {
        return context.events().events();
    }

    @Override
    public Collection<String> routes() {
        return context.routes().all();
    }

    /**
     * Removes the routes on every ready connection. The server's {@code remove_route} drops every
     * registration of the connection whatever verb it names (reference §5.3), so the CDR kinds are
     * routed again afterwards. Servers older than v0.8.26 do not know {@code remove_route}; they are
     * skipped with a warning.
     */
    @Override
    public Mono<Void> drain() {
        context.routes().drained(true);
        return onEveryReadySession(session -> {
            if (!session.connection().serverInfo().versionAtLeast(0, 8, 26)) {
                LOG.warn("drachtio server ({}) is older than v0.8.26 and cannot remove routes; it keeps sending "
                        + "new requests", session.name());
                return Mono.empty();
            }
            List<Mono<String>> commands = new ArrayList<>();
            for (String verb : context.routes().sipVerbs()) {
                commands.add(session.call(new RemoveRoute(session.newId(), verb), "remove_route", reply -> verb));
            }
            Mono<Void> removed = Mono.when(commands);
            return removed.then(Handshake.route(session, context.routes().cdrVerbs()));
        });
    }

    @Override
    public Mono<Void> resume() {
        context.routes().drained(false);
        return onEveryReadySession(session -> Handshake.route(session, context.routes().sipVerbs()));
    }

    private Mono<Void> onEveryReadySession(Function<Session, Mono<Void>> action) {
        List<Mono<Void>> actions = new ArrayList<>();
        for (DrachtioConnection connection : connections()) {
            Session session = ((BaseConnection) connection).openSession();
            if (session != null && !connection.isOutbound()) {
                actions.add(action.apply(session));
            }
        }
        return Mono.when(actions);
    }

    @Override
    public boolean isDrained() {
        return context.routes().drained();
    }

    @Override
    public int inFlightTransactions() {
        return context.inFlight().count();
    }

    /** @return the address the outbound listener is bound to, or {@code null} without one */
    @Override
    public InetSocketAddress outboundAddress() {
        return outboundListener == null ? null : outboundListener.address();
    }
}
