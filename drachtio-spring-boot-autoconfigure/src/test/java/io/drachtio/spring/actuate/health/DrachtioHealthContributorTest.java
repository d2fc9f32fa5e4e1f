package io.drachtio.spring.actuate.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.AuthenticationFailedException;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.ReconnectPolicy;
import io.drachtio.testserver.DrachtioTestServer;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import reactor.test.StepVerifier;

/** One health indicator per connection of a real client, following the connection's state. */
class DrachtioHealthContributorTest {

    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(20), 1.0,
            Duration.ofMillis(20), 0, 0);

    private final DrachtioTestServer server = DrachtioTestServer.builder().secret("right-s3cret").start();
    private DrachtioClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    @Test
    void upWithDetailsWhileReadyDownWhileReconnecting() {
        client = client("right-s3cret");
        client.start().block(Duration.ofSeconds(5));
        DrachtioHealthContributor contributor = new DrachtioHealthContributor(client);
        assertThat(contributor.stream().map(HealthContributors.Entry::name)).containsExactly("pbx");

        Health up = health(contributor);
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("address", server.adminHost() + ":" + server.adminPort())
                .containsEntry("mode", "inbound").containsEntry("state", "READY")
                .containsEntry("serverVersion", "v0.9.10-1-g9c2dd4cb6a")
                .containsEntry("sipAddresses", List.of("tcp/127.0.0.1:5060", "udp/127.0.0.1:5060"))
                .containsEntry("reconnectAttempts", 0).doesNotContainKey("lastError");

        server.stop();
        Awaitility.await().until(() -> health(contributor).getStatus().equals(Status.DOWN));
        Awaitility.await().until(() -> (int) health(contributor).getDetails().get("reconnectAttempts") > 0);
        assertThat(health(contributor).getDetails()).containsKey("lastError");

        server.restart();
        Awaitility.await().until(() -> health(contributor).getStatus().equals(Status.UP));
    }

    @Test
    void downAfterARefusedSecretWhichNoDetailShows() {
        client = client("wrong-s3cret");
        StepVerifier.create(client.start()).expectError(AuthenticationFailedException.class)
                .verify(Duration.ofSeconds(5));
        Health down = health(new DrachtioHealthContributor(client));
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("state", "AUTHENTICATION_FAILED").containsKey("lastError");
        assertThat(down.toString()).doesNotContain("wrong-s3cret").doesNotContain("right-s3cret");
    }

    @Test
    void unknownConnectionsHaveNoContributor() {
        client = client("right-s3cret");
        assertThat(new DrachtioHealthContributor(client).getContributor("other")).isNull();
    }

    private DrachtioClient client(String secret) {
        return DrachtioClient.builder()
                .connection(ConnectionOptions.builder(server.adminHost(), server.adminPort(), secret).name("pbx")
                        .reconnect(QUICK).build())
                .route("invite").build();
    }

    private static Health health(DrachtioHealthContributor contributor) {
        return ((HealthIndicator) contributor.getContributor("pbx")).health();
    }
}
