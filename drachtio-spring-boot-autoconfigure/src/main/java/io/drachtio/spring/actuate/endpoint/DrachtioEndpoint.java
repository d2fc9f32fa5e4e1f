package io.drachtio.spring.actuate.endpoint;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.actuate.ConnectionDescriptor;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.drachtio.spring.mapping.SipHandlerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import reactor.core.publisher.Mono;

/**
 * The {@code drachtio} Actuator endpoint. Read: the connections, the routed verbs, whether new requests
 * are stopped, the transactions in flight and the handler mappings. Write {@code drain}: stop new
 * requests (the routes are removed on every connection; in-flight transactions, in-dialog requests and
 * CDRs keep flowing); write {@code resume}: route them again.
 */
@Endpoint(id = "drachtio")
public class DrachtioEndpoint {

    /** The write action that stops new requests. */
    public static final String DRAIN = "drain";

    /** The write action that takes new requests again. */
    public static final String RESUME = "resume";

    private final DrachtioClient client;
    private final SipHandlerRegistry registry;

    /**
     * @param client   the client
     * @param registry the handler mappings
     */
    public DrachtioEndpoint(DrachtioClient client, SipHandlerRegistry registry) {
        this.client = client;
        this.registry = registry;
    }

    /** @return the current view */
    @ReadOperation
    public DrachtioDescriptor drachtio() {
        List<ConnectionDescriptor> connections = client.connections().stream().map(ConnectionDescriptor::of).toList();
        List<HandlerDescriptor> handlers = new ArrayList<>();
        for (SipHandlerMapping mapping : registry.mappings()) {
            handlers.add(HandlerDescriptor.of(mapping));
        }
        return new DrachtioDescriptor(client.isDrained(), client.inFlightTransactions(),
                List.copyOf(new TreeSet<>(client.routes())), connections, handlers);
    }

    /**
     * @param action {@value #DRAIN} or {@value #RESUME}
     * @return the view once the routes were removed (drain) or registered again (resume) on every connection
     * @throws InvalidEndpointRequestException for any other action (HTTP 400)
     */
    @WriteOperation
    public Mono<DrachtioDescriptor> traffic(@Selector String action) {
        Mono<Void> change = switch (action) {
            case DRAIN -> client.drain();
            case RESUME -> client.resume();
            default -> throw new InvalidEndpointRequestException("Unknown action '" + action + "'; use '" + DRAIN
                    + "' or '" + RESUME + "'", "unknown action");
        };
        return change.then(Mono.fromSupplier(this::drachtio));
    }
}
