package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.RequestHandling;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closing the application context while a handler is still working on an INVITE, over a real socket:
 * the routes are removed first (new requests are refused by the server), the INVITE still gets its final
 * response, then the connection closes — or closes anyway once the shutdown grace is over.
 *
 * <p>These tests close the context in the middle of the test, which a context of Spring's test framework
 * (and so the test kit) does not allow: each starts its own application against its own test server.
 */
class GracefulShutdownTest {

    private static final String SECRET = "cymru";

    private DrachtioTestServer server;
    private SlowApplication.Gate gate;

    @BeforeEach
    void startServer() {
        gate = new SlowApplication.Gate();
        SlowApplication.gate = gate;
        server = DrachtioTestServer.builder().secret(SECRET).start();
    }

    @AfterEach
    void stopServer() {
        gate.open();
        server.close();
    }

    @Test
    void anInFlightInviteIsAnsweredBeforeTheConnectionCloses() throws Exception {
        ConfigurableApplicationContext context = start("10s");
        AppConnection connection = server.awaitRoute("invite");
        NetworkTransaction invite = SlowApplication.inviteWaitingAtTheGate(server, gate);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);

        SlowApplication.awaitNoRoutes(connection);
        assertThat(connection.isOpen()).isTrue();
        assertThat(invite.responses()).noneMatch(response -> response.status() >= 200);
        NetworkTransaction refused = Network.request(server, "INVITE", "late").sdp().send();
        assertThat(refused.awaitFinalResponse().status()).as("no route: the server answers").isEqualTo(503);
        assertThat(refused.handling()).isEqualTo(RequestHandling.ANSWERED_BY_SERVER);

        gate.open();

        SipResponse answer = invite.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);
        connection.awaitClosed();
        closing.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theConnectionClosesOnceTheGraceIsOverEvenWhileAHandlerIsStillWorking() throws InterruptedException {
        ConfigurableApplicationContext context = start("200ms");
        AppConnection connection = server.awaitRoute("invite");
        NetworkTransaction invite = SlowApplication.inviteWaitingAtTheGate(server, gate);

        context.close();

        connection.awaitClosed();
        assertThat(context.isActive()).isFalse();
        assertThat(invite.responses()).as("the handler is still working").noneMatch(response -> response.status() >= 200);
    }

    private ConfigurableApplicationContext start(String shutdownGrace) {
        return new SpringApplicationBuilder(SlowApplication.class).web(WebApplicationType.NONE)
                .properties("drachtio.port=" + server.adminPort(), "drachtio.secret=" + SECRET,
                        "drachtio.lifecycle.await-connection=true", "drachtio.lifecycle.shutdown-grace=" + shutdownGrace)
                .run();
    }
}
