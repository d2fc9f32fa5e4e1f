package io.drachtio.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.drachtio.sip.SipResponse;
import io.drachtio.spring.observation.RequestMdc;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.RequestHandling;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A real application context with Actuator, connected over a real socket to the in-JVM drachtio server:
 * health follows the server, meters and the handler observation after known traffic, the
 * {@code drachtio} endpoint's JSON, drain and resume, the MDC inside handlers.
 */
@SpringBootTest(classes = ObservedApplication.class, properties = {
        "drachtio.lifecycle.await-connection=true",
        "drachtio.reconnect.initial-delay=20ms", "drachtio.reconnect.max-delay=100ms",
        "drachtio.dispatcher.threads=1",
        "management.endpoints.web.exposure.include=health,metrics,drachtio",
        "management.endpoint.health.show-details=always"})
@ContextConfiguration(initializers = TestServerInitializer.class)
@AutoConfigureWebTestClient
class ActuatorEndToEndTest {

    @Autowired
    private WebTestClient web;

    @Autowired
    private DrachtioTestServer server;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ObservedApplication.ObservedCalls calls;

    @Autowired
    @Qualifier("drachtioDispatcherExecutor")
    private Executor dispatcherExecutor;

    @BeforeEach
    void connected() {
        server.awaitRoute("invite");
    }

    @Test
    void healthIsUpWhileConnectedDownWhileTheServerIsAwayAndUpAgainWhenItIsBack() {
        web.get().uri("/actuator/health/drachtio").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.default.status").isEqualTo("UP")
                .jsonPath("$.components.default.details.state").isEqualTo("READY")
                .jsonPath("$.components.default.details.mode").isEqualTo("inbound")
                .jsonPath("$.components.default.details.address")
                .isEqualTo(server.adminHost() + ":" + server.adminPort())
                .jsonPath("$.components.default.details.serverVersion").isEqualTo("v0.9.10-1-g9c2dd4cb6a")
                .jsonPath("$.components.default.details.sipAddresses[0]").isEqualTo("tcp/127.0.0.1:5060")
                .jsonPath("$.components.default.details.reconnectAttempts").isEqualTo(0);

        server.stop();
        await().untilAsserted(() -> web.get().uri("/actuator/health/drachtio").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE).expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.default.details.state").isEqualTo("RECONNECTING")
                .jsonPath("$.components.default.details.lastError").isNotEmpty());
        web.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        server.restart();
        await().untilAsserted(() -> web.get().uri("/actuator/health/drachtio").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP"));
        assertThat(meters.get("drachtio.reconnects").tag("connection", "default").counter().count()).isPositive();
    }

    @Test
    void metersAndTheHandlerObservationCountKnownTraffic() {
        double invites = count("drachtio.requests.received", "method", "INVITE");
        double options = count("drachtio.requests.received", "method", "OPTIONS");
        double busy = count("drachtio.responses.sent", "method", "INVITE", "status.class", "4xx");
        double ok = count("drachtio.responses.sent", "method", "INVITE", "status.class", "2xx");
        long busyHandled = handled("4xx", "ObservedCalls#busy");
        long reactiveHandled = handled("2xx", "ObservedCalls#reactive");

        assertThat(invite("busy").status()).isEqualTo(486);
        assertThat(invite("reactive").status()).isEqualTo(200);
        assertThat(server.request("OPTIONS", "sip:any@127.0.0.1:5060").send().awaitFinalResponse().status())
                .isEqualTo(200);

        await().untilAsserted(() -> {
            assertThat(count("drachtio.requests.received", "method", "INVITE")).isEqualTo(invites + 2);
            assertThat(count("drachtio.requests.received", "method", "OPTIONS")).isEqualTo(options + 1);
            assertThat(count("drachtio.responses.sent", "method", "INVITE", "status.class", "4xx"))
                    .isEqualTo(busy + 1);
            assertThat(count("drachtio.responses.sent", "method", "INVITE", "status.class", "2xx")).isEqualTo(ok + 1);
            assertThat(handled("4xx", "ObservedCalls#busy")).isEqualTo(busyHandled + 1);
            assertThat(handled("2xx", "ObservedCalls#reactive")).isEqualTo(reactiveHandled + 1);
        });
        assertThat(meters.get("drachtio.connections").tags("connection", "default", "state", "READY").gauge().value())
                .isEqualTo(1);
        assertThat(meters.get("drachtio.wire.frames").tags("connection", "default", "direction", "in").counter()
                .count()).isPositive();
        assertThat(meters.get("drachtio.transactions.in.flight").gauge().value()).isZero();

        web.get().uri("/actuator/metrics/drachtio.requests.received?tag=method:INVITE").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.baseUnit").isEqualTo("requests")
                .jsonPath("$.measurements[0].value").isEqualTo(invites + 2)
                .jsonPath("$.availableTags[0].tag").isEqualTo("connection");
        web.get().uri("/actuator/metrics/drachtio.handler").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.availableTags[*].tag").value(tags -> assertThat(tags.toString())
                        .contains("method", "status.class", "handler", "exception"));
    }

    @Test
    void theMdcHoldsCallIdAndTransactionIdWhileAHandlerRunsAndIsClearedAfterwards() throws Exception {
        NetworkTransaction blocking = server.request("INVITE", "sip:busy@127.0.0.1:5060").sdp().send();
        blocking.awaitFinalResponse();
        assertThat(calls.seenMdc).containsEntry("busy " + RequestMdc.CALL_ID, blocking.request().callId())
                .containsEntry("busy " + RequestMdc.TRANSACTION_ID, blocking.transactionId());
        assertThat(calls.seenMdc.get("busy thread")).startsWith("sip-handler-");

        NetworkTransaction reactive = server.request("INVITE", "sip:reactive@127.0.0.1:5060").sdp().send();
        reactive.awaitFinalResponse();
        assertThat(calls.seenMdc).containsEntry("reactive " + RequestMdc.CALL_ID, reactive.request().callId())
                .containsEntry("reactive " + RequestMdc.TRANSACTION_ID, reactive.transactionId());
        assertThat(calls.seenMdc.get("reactive thread")).doesNotStartWith("sip-handler-");

        CompletableFuture<String> afterwards = new CompletableFuture<>();
        dispatcherExecutor.execute(() -> afterwards.complete(MDC.get(RequestMdc.CALL_ID) + " "
                + MDC.get(RequestMdc.TRANSACTION_ID)));
        assertThat(afterwards.get(5, TimeUnit.SECONDS)).as("the single handler thread, after the handler")
                .isEqualTo("null null");
    }

    @Test
    void theEndpointListsConnectionsRoutesAndHandlersAndRefusesUnknownActions() {
        web.get().uri("/actuator/drachtio").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.drained").isEqualTo(false)
                .jsonPath("$.inFlightTransactions").isEqualTo(0)
                .jsonPath("$.routes").isEqualTo(List.of("invite", "options"))
                .jsonPath("$.connections[0].name").isEqualTo("default")
                .jsonPath("$.connections[0].mode").isEqualTo("inbound")
                .jsonPath("$.connections[0].state").isEqualTo("READY")
                .jsonPath("$.connections[0].address").isEqualTo(server.adminHost() + ":" + server.adminPort())
                .jsonPath("$.connections[0].serverVersion").isEqualTo("v0.9.10-1-g9c2dd4cb6a")
                .jsonPath("$.connections[0].sipAddresses.length()").isEqualTo(2)
                .jsonPath("$.handlers.length()").isEqualTo(4)
                .jsonPath("$.handlers[?(@.handler == 'ObservedCalls#busy')].bean")
                .isEqualTo(List.of(ObservedApplication.ObservedCalls.class.getName()))
                .jsonPath("$.handlers[?(@.handler == 'ObservedCalls#busy')].methods[0]").isEqualTo("INVITE")
                .jsonPath("$.handlers[?(@.handler == 'ObservedCalls#busy')].conditions[0]")
                .isEqualTo("requestUri ~= sip:busy@.*")
                .jsonPath("$.handlers[?(@.handler == 'ObservedCalls#options')].conditions.length()").isEqualTo(0);
        web.post().uri("/actuator/drachtio/pause").exchange().expectStatus().isBadRequest();
    }

    @Test
    void drainStopsNewRequestsWhileTheInFlightOneCompletesAndResumeTakesThemAgain() throws Exception {
        calls.gateEntered = new CountDownLatch(1);
        calls.gateOpen = new CountDownLatch(1);
        NetworkTransaction inFlight = server.request("INVITE", "sip:gated@127.0.0.1:5060").sdp().send();
        assertThat(calls.gateEntered.await(5, TimeUnit.SECONDS)).isTrue();

        web.post().uri("/actuator/drachtio/drain").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.drained").isEqualTo(true)
                .jsonPath("$.inFlightTransactions").isEqualTo(1);
        AppConnection connection = inFlight.deliveredTo().orElseThrow();
        assertThat(connection.routes()).isEmpty();
        NetworkTransaction refused = server.request("INVITE", "sip:busy@127.0.0.1:5060").sdp().send();
        assertThat(refused.awaitFinalResponse().status()).as("no route: the server answers").isEqualTo(503);
        assertThat(refused.handling()).isEqualTo(RequestHandling.ANSWERED_BY_SERVER);

        calls.gateOpen.countDown();
        assertThat(inFlight.awaitFinalResponse().status()).isEqualTo(200);

        web.post().uri("/actuator/drachtio/resume").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.drained").isEqualTo(false);
        server.awaitRoute("invite");
        assertThat(invite("busy").status()).isEqualTo(486);
    }

    private SipResponse invite(String user) {
        return server.request("INVITE", "sip:" + user + "@127.0.0.1:5060").sdp().send().awaitFinalResponse();
    }

    private double count(String name, String... tags) {
        var counter = Search.in(meters).name(name).tags("connection", "default").tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long handled(String statusClass, String handler) {
        var timer = Search.in(meters).name("drachtio.handler").tags("method", "INVITE", "status.class", statusClass,
                "handler", handler, "exception", "none").timer();
        return timer == null ? 0 : timer.count();
    }
}
