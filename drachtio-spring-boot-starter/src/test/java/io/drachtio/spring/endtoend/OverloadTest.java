package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A full dispatcher executor answers {@code 503}, over a real socket; the accepted requests still complete. */
@SpringBootTest(classes = SlowApplication.class, properties = {"drachtio.dispatcher.threads=1",
        "drachtio.dispatcher.queue-capacity=1"})
@AutoConfigureDrachtioTestServer
class OverloadTest {

    @Autowired
    DrachtioTestServer server;

    private final SlowApplication.Gate gate = new SlowApplication.Gate();

    @AfterEach
    void openGate() {
        gate.open();
    }

    @Test
    void aRequestTheExecutorRefusesIsAnswered503() throws InterruptedException {
        SlowApplication.gate = gate;
        NetworkTransaction running = SlowApplication.inviteWaitingAtTheGate(server, gate);
        NetworkTransaction queued = Network.request(server, "INVITE", "second").sdp().send();

        SipResponse refused = Network.request(server, "INVITE", "third").sdp().send().awaitFinalResponse();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.reason()).isEqualTo("Service Unavailable");
        gate.open();
        assertThat(running.awaitFinalResponse().status()).isEqualTo(200);
        assertThat(queued.awaitFinalResponse().status()).isEqualTo(200);
    }
}
