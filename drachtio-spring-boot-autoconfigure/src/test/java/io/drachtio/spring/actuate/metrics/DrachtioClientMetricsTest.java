package io.drachtio.spring.actuate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.PingPolicy;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ReconnectPolicy;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.DrachtioTestServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters after known traffic between the real client and the in-JVM server. */
class DrachtioClientMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private DrachtioTestServer server;
    private DrachtioClient client;

    @BeforeEach
    void connect() {
        server = DrachtioTestServer.start();
        client = DrachtioClient.builder()
                .connection(ConnectionOptions.builder(server.adminHost(), server.adminPort(), "cymru").name("pbx")
                        .reconnect(new ReconnectPolicy(Duration.ofMillis(20), 1.0, Duration.ofMillis(20), 0, 0))
                        .ping(PingPolicy.DEFAULT).build())
                .route("invite").route("options")
                .requestHandler(request -> {
                    switch (request.method()) {
                        case "INVITE" -> request.response().send(180).then(request.response().send(486)).subscribe();
                        case "OPTIONS" -> request.proxy(ProxyOptions.to("sip:127.0.0.1:5171")).subscribe();
                        default -> { }
                    }
                })
                .observer(new DrachtioClientMetrics(registry))
                .build();
        new DrachtioClientMeterBinder(client).bindTo(registry);
        client.start().block(Duration.ofSeconds(5));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void countsRequestsResponsesProxyAndUacTraffic() {
        server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send().awaitFinalResponse();
        server.proxyTarget("sip:127.0.0.1:5171").answers(404);
        server.request("OPTIONS", "sip:1000@127.0.0.1:5060").send().awaitFinalResponse();
        client.defaultConnection().request(OutgoingRequest.builder("MESSAGE", "sip:bob@127.0.0.1:5090").build());
        server.awaitAppRequest("MESSAGE").respond(202);
        client.defaultConnection().ping().block(Duration.ofSeconds(5));

        Awaitility.await().untilAsserted(() -> {
            assertThat(count("drachtio.requests.received", "method", "INVITE")).isEqualTo(1);
            assertThat(count("drachtio.requests.received", "method", "OPTIONS")).isEqualTo(1);
            assertThat(registry.get("drachtio.responses.sent").tags("method", "INVITE", "status.class", "1xx")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("drachtio.responses.sent").tags("method", "INVITE", "status.class", "4xx")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("drachtio.proxy.completed").tags("outcome", "rejected", "status.class", "4xx")
                    .counter().count()).isEqualTo(1);
            assertThat(count("drachtio.uac.requests", "method", "MESSAGE")).isEqualTo(1);
            assertThat(registry.get("drachtio.uac.responses").tags("method", "MESSAGE", "status", "202").counter()
                    .count()).isEqualTo(1);
        });
        assertThat(registry.get("drachtio.ping").tag("connection", "pbx").timer().count()).isEqualTo(1);
        assertThat(registry.get("drachtio.wire.frames").tags("connection", "pbx", "direction", "in").counter()
                .count()).isGreaterThan(5);
        assertThat(registry.get("drachtio.wire.bytes").tags("connection", "pbx", "direction", "out").counter()
                .count()).isGreaterThan(100);
        assertThat(registry.get("drachtio.transactions.in.flight").gauge().value()).isZero();
    }

    @Test
    void connectionStatesAndReconnects() {
        assertThat(state(ConnectionState.READY)).isEqualTo(1);
        server.stop();
        Awaitility.await().until(() -> state(ConnectionState.READY) == 0);
        Awaitility.await().until(() -> registry.get("drachtio.reconnects").counter().count() >= 1);
        server.restart();
        Awaitility.await().until(() -> state(ConnectionState.READY) == 1);
    }

    private double count(String name, String key, String value) {
        return registry.get(name).tag("connection", "pbx").tag(key, value).counter().count();
    }

    private double state(ConnectionState state) {
        return registry.get("drachtio.connections").tags("connection", "pbx", "state", state.name()).gauge().value();
    }
}
