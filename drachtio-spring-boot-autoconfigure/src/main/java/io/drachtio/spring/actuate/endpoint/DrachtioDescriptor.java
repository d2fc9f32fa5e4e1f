package io.drachtio.spring.actuate.endpoint;

import io.drachtio.spring.actuate.ConnectionDescriptor;
import java.util.List;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * What the {@code drachtio} endpoint reports.
 *
 * @param drained              {@code true} while new requests are stopped ({@code drain})
 * @param inFlightTransactions incoming transactions delivered but not yet finally answered, proxied or cancelled
 * @param routes               the verbs routed to the application (lower-case)
 * @param connections          the connections to drachtio servers
 * @param handlers             the handler mappings, in discovery order
 */
public record DrachtioDescriptor(boolean drained, int inFlightTransactions, List<String> routes,
        List<ConnectionDescriptor> connections, List<HandlerDescriptor> handlers) implements OperationResponseBody {

    /** Copies the lists. */
    public DrachtioDescriptor {
        routes = List.copyOf(routes);
        connections = List.copyOf(connections);
        handlers = List.copyOf(handlers);
    }
}
