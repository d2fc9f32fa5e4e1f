package io.drachtio.client;

import io.drachtio.client.internal.DefaultDrachtioClient;
import io.drachtio.wire.CdrKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builder behind {@link DrachtioClient#builder()}.
 *
 * <p>Without a request handler, delivered requests (other than ACK) are answered
 * {@code 501 Not Implemented}; without an unsolicited listener, unsolicited requests are logged at
 * DEBUG.
 */
final class DefaultDrachtioClientBuilder implements DrachtioClient.Builder {

    private static final Logger LOG = LoggerFactory.getLogger(DrachtioClient.class);

    private final List<ConnectionOptions> connections = new ArrayList<>();
    private final Set<String> routes = new LinkedHashSet<>();
    private final Map<CdrKind, List<CdrListener>> cdrListeners = new EnumMap<>(CdrKind.class);
    private OutboundOptions outbound;
    private RequestHandler requestHandler;
    private Consumer<IncomingRequest> unsolicitedListener;
    private final List<ClientObserver> observers = new ArrayList<>();

    @Override
    public DrachtioClient.Builder connection(ConnectionOptions options) {
        connections.add(Objects.requireNonNull(options, "options"));
        return this;
    }

    @Override
    public DrachtioClient.Builder outbound(OutboundOptions options) {
        this.outbound = Objects.requireNonNull(options, "options");
        return this;
    }

    @Override
    public DrachtioClient.Builder route(String verb) {
        Objects.requireNonNull(verb, "verb");
        routes.add(verb);
        return this;
    }

    @Override
    public DrachtioClient.Builder requestHandler(RequestHandler handler) {
        this.requestHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    @Override
    public DrachtioClient.Builder unsolicitedListener(Consumer<IncomingRequest> listener) {
        this.unsolicitedListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    @Override
    public DrachtioClient.Builder cdrListener(CdrListener listener, CdrKind... kinds) {
        Objects.requireNonNull(listener, "listener");
        if (kinds.length == 0) {
            throw new IllegalArgumentException("name at least one CDR kind for the listener");
        }
        for (CdrKind kind : kinds) {
            cdrListeners.computeIfAbsent(kind, k -> new ArrayList<>()).add(listener);
            routes.add(kind.wireName());
        }
        return this;
    }

    @Override
    public DrachtioClient.Builder observer(ClientObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
        return this;
    }

    @Override
    public DrachtioClient build() {
        if (connections.isEmpty() && outbound == null) {
            throw new IllegalStateException("configure at least one connection or an outbound listener");
        }
        Set<String> names = new HashSet<>();
        for (ConnectionOptions options : connections) {
            if (!names.add(options.name())) {
                throw new IllegalStateException("two connections are named '" + options.name() + "'");
            }
        }
        return new DefaultDrachtioClient(connections, outbound, routes,
                requestHandler != null ? requestHandler : DefaultDrachtioClientBuilder::notImplemented,
                unsolicitedListener != null ? unsolicitedListener : DefaultDrachtioClientBuilder::ignoreUnsolicited,
                cdrListeners, observers);
    }

    private static void notImplemented(IncomingRequest request) {
        if (request.response().isAnswerable()) {
            LOG.warn("no request handler configured; answering {} {} with 501", request.method(), request.requestUri());
            request.response().send(501).subscribe(sent -> { }, error -> { });
        }
    }

    private static void ignoreUnsolicited(IncomingRequest request) {
        LOG.debug("unsolicited {} from {} ignored (no unsolicited listener)", request.method(),
                request.meta().connection());
    }
}
