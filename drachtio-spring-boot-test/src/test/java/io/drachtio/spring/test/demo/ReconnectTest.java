package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The application comes back after the server dropped its connection or restarted. */
@SpringBootTest
@AutoConfigureDrachtioTestServer
class ReconnectTest {

    @Autowired
    SipTestClient sip;

    @Autowired
    CallEvents events;

    @Test
    void reconnectsAfterTheConnectionDrops() throws InterruptedException {
        int before = sip.server().connections().size();
        int connectedEvents = events.count("DrachtioConnectedEvent");

        sip.dropConnection();
        sip.awaitReady();

        assertThat(sip.server().connections()).hasSize(before + 1);
        AppConnection current = sip.server().connections().get(before);
        assertThat(current.isAuthenticated()).isTrue();
        assertThat(current.routes()).contains("invite", "options");
        assertThat(sip.request("OPTIONS", "sip:ping@127.0.0.1").send().awaitFinalResponse()).hasStatus(200);
        assertThat(events.awaitLogged("DrachtioDisconnectedEvent", 1)).isTrue();
        assertThat(events.awaitLogged("DrachtioConnectedEvent", connectedEvents + 1)).isTrue();
    }

    @Test
    void reconnectsWhenTheServerComesBack() {
        sip.server().stop();
        assertThat(sip.invite("sip:answer@127.0.0.1").send().awaitFinalResponse()).hasStatus(503);

        sip.server().restart();
        sip.awaitReady();

        assertThat(sip.invite("sip:answer@127.0.0.1").send().awaitFinalResponse()).hasStatus(200);
    }
}
