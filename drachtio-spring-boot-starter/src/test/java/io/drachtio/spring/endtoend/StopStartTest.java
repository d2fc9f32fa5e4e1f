package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the application context without closing it removes the routes but keeps the connection;
 * starting it again registers the routes again on the same connection.
 */
@SpringBootTest(classes = SlowApplication.class)
@AutoConfigureDrachtioTestServer
class StopStartTest {

    @Autowired
    DrachtioTestServer server;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void stoppingRemovesTheRoutesAndStartingRegistersThemAgain() throws InterruptedException {
        SlowApplication.Gate open = new SlowApplication.Gate();
        open.open();
        SlowApplication.gate = open;
        AppConnection connection = server.awaitRoute("invite");

        context.stop();

        SlowApplication.awaitNoRoutes(connection);
        assertThat(Network.request(server, "INVITE", "paused").sdp().send().awaitFinalResponse().status())
                .isEqualTo(503);
        assertThat(connection.isOpen()).isTrue();

        context.start();

        assertThat(server.awaitRoute("invite").number()).as("the same connection").isEqualTo(connection.number());
        assertThat(Network.request(server, "INVITE", "resumed").sdp().send().awaitFinalResponse().status())
                .isEqualTo(200);
    }
}
