package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A full dispatcher executor answers {@code 503}, over a real socket; the accepted requests still complete. */
class OverloadTest {

    @Test
    void aRequestTheExecutorRefusesIsAnswered503() throws InterruptedException {
        SlowApplication.Gate gate = new SlowApplication.Gate();
        SlowApplication.gate = gate;
        try (DrachtioTestServer server = DrachtioTestServer.builder().secret(TestServerInitializer.SECRET).start();
                ConfigurableApplicationContext context = SlowApplication.start(server, "drachtio.dispatcher.threads=1",
                        "drachtio.dispatcher.queue-capacity=1")) {
            NetworkTransaction running = Network.request(server, "INVITE", "first").sdp().send();
            assertThat(gate.entered().await(5, TimeUnit.SECONDS)).isTrue();
            NetworkTransaction queued = Network.request(server, "INVITE", "second").sdp().send();

            SipResponse refused = Network.request(server, "INVITE", "third").sdp().send().awaitFinalResponse();

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.reason()).isEqualTo("Service Unavailable");
            gate.open();
            assertThat(running.awaitFinalResponse().status()).isEqualTo(200);
            assertThat(queued.awaitFinalResponse().status()).isEqualTo(200);
        } finally {
            gate.open();
        }
    }
}
