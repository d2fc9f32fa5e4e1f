package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.RequestHandling;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closing the application context while a handler is still working on an INVITE, over a real socket:
 * the routes are removed first (new requests are refused by the server), the INVITE still gets its final
 * response, then the connection closes — or closes anyway once the shutdown grace is over. Stopping the
 * context without closing it only removes the routes.
 */
class GracefulShutdownTest {

    private DrachtioTestServer server;
    private SlowApplication.Gate gate;

    @BeforeEach
    void startServer() {
        gate = new SlowApplication.Gate();
        SlowApplication.gate = gate;
        server = DrachtioTestServer.builder().secret(TestServerInitializer.SECRET).start();
    }

    @AfterEach
    void stopServer() {
        gate.open();
        server.close();
    }

    @Test
    void anInFlightInviteIsAnsweredBeforeTheConnectionCloses() throws Exception {
        ConfigurableApplicationContext context = SlowApplication.start(server, "drachtio.lifecycle.shutdown-grace=10s");
        AppConnection connection = server.awaitRoute("invite");
        NetworkTransaction invite = inviteWaitingAtTheGate();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);

        awaitTrue(() -> connection.routes().isEmpty(), "the routes to be removed");
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
        ConfigurableApplicationContext context = SlowApplication.start(server, "drachtio.lifecycle.shutdown-grace=200ms");
        AppConnection connection = server.awaitRoute("invite");
        NetworkTransaction invite = inviteWaitingAtTheGate();

        context.close();

        connection.awaitClosed();
        assertThat(context.isActive()).isFalse();
        assertThat(invite.responses()).as("the handler is still working").noneMatch(response -> response.status() >= 200);
    }

    @Test
    void stoppingWithoutClosingRemovesTheRoutesAndStartingRegistersThemAgain() throws InterruptedException {
        gate.open();
        try (ConfigurableApplicationContext context = SlowApplication.start(server)) {
            AppConnection connection = server.awaitRoute("invite");

            context.stop();

            awaitTrue(() -> connection.routes().isEmpty(), "the routes to be removed");
            assertThat(Network.request(server, "INVITE", "paused").sdp().send().awaitFinalResponse().status())
                    .isEqualTo(503);
            assertThat(connection.isOpen()).isTrue();

            context.start();

            assertThat(server.awaitRoute("invite").number()).as("the same connection").isEqualTo(connection.number());
            assertThat(Network.request(server, "INVITE", "resumed").sdp().send().awaitFinalResponse().status())
                    .isEqualTo(200);
        }
    }

    private NetworkTransaction inviteWaitingAtTheGate() throws InterruptedException {
        NetworkTransaction invite = Network.request(server, "INVITE", "slow").sdp().send();
        assertThat(gate.entered().await(5, TimeUnit.SECONDS)).as("the handler got the INVITE").isTrue();
        return invite;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
