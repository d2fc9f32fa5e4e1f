package io.drachtio.client;

import io.drachtio.testserver.DrachtioTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** Builds clients for a {@link DrachtioTestServer} and closes everything a test made. */
final class TestServerClients implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** Reconnects quickly and deterministically (no jitter): 20 ms, 40 ms, … at most 200 ms. */
    static final ReconnectPolicy FAST = new ReconnectPolicy(Duration.ofMillis(20), 2.0, Duration.ofMillis(200), 0,
            0.0);

    private final List<AutoCloseable> resources = new ArrayList<>();

    /** @return options for the server's admin port: secret {@code cymru}, fast reconnects, no pings */
    static ConnectionOptions.Builder options(String name, DrachtioTestServer server) {
        return ConnectionOptions.builder(server.adminHost(), server.adminPort(), "cymru").name(name)
                .reconnect(FAST).ping(PingPolicy.DISABLED);
    }

    /** @return a server, closed with this */
    DrachtioTestServer server(DrachtioTestServer.Builder builder) {
        DrachtioTestServer server = builder.start();
        resources.add(server);
        return server;
    }

    /** @return the client, closed (before the servers) with this */
    DrachtioClient client(DrachtioClient.Builder builder) {
        DrachtioClient client = builder.build();
        resources.add(0, client);
        return client;
    }

    /** Starts the client and returns its first {@code count} events. */
    static List<ConnectionEvent> startAndCollectEvents(DrachtioClient client, int count) {
        Mono<List<ConnectionEvent>> events = client.events().take(count).collectList().cache();
        events.subscribe();
        client.start().block(WAIT);
        return events.block(WAIT);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
