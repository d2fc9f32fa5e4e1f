package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A test that leaves calls unfinished does not leak them into the next one (same cached context). */
@SpringBootTest
@AutoConfigureDrachtioTestServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateResetTest {

    @Autowired
    SipTestClient sip;

    @Test
    @Order(1)
    void leavesAnUnacknowledgedCallAScriptedTargetAndARefusedPort() {
        assertThat(sip.invite("sip:answer@127.0.0.1").send().awaitFinalResponse()).hasStatus(200);
        sip.proxyTarget(CallController.PRIMARY).answers(200);
        sip.server().answerPings(false);
        sip.server().refuseConnections();

        assertThat(sip.clock().pendingTimers()).isPositive();
    }

    @Test
    @Order(2)
    void startsFromACleanNetwork() throws IOException {
        assertThat(sip.server().networkRequests()).isEmpty();
        assertThat(sip.clock().pendingTimers()).isZero();
        assertThat(sip.cdrs()).isEmpty();
        try (Socket adminPort = new Socket(sip.server().adminHost(), sip.server().adminPort())) {
            assertThat(adminPort.isConnected()).isTrue();
        }

        sip.advanceClock(Duration.ofSeconds(40));
        assertThat(sip.server().networkRequests()).isEmpty();

        sip.proxyTarget(CallController.BACKUP).answers(404);
        assertThat(sip.invite("sip:hunt@127.0.0.1").send().awaitFinalResponse()).hasStatus(404);
        assertThat(sip.awaitProxy().responsesFrom(CallController.PRIMARY)).extracting(r -> r.status())
                .containsExactly(503);
    }
}
