package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.wire.SipEvent;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link DrachtioTestServer#reset()}: the simulated network forgets everything, the application stays connected. */
class ServerResetTest extends TestServerFixture {

    @Override
    protected String[] routes() {
        return new String[] {"invite"};
    }

    @Test
    void forgetsCallsTimersScriptsAndPendingItemsButKeepsTheConnection() throws IOException {
        NetworkTransaction unacknowledged = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
        app.respond(app.nextSipEvent().transactionId(), "SIP/2.0 200 OK\r\n\r\n");
        unacknowledged.awaitFinalResponse();
        assertThat(app.request("OPTIONS sip:far@127.0.0.1:5090 SIP/2.0\r\n\r\n").isOk()).isTrue();
        server.proxyTarget("sip:127.0.0.1:5171").answers(200);
        server.answerPings(false);
        server.refuseConnections();
        assertThat(server.clock().pendingTimers()).isPositive();

        server.reset();

        assertThat(server.clock().pendingTimers()).isZero();
        assertThat(server.networkRequests()).isEmpty();
        assertThatThrownBy(unacknowledged::dialog).isInstanceOf(AssertionError.class);
        server.clock().advance(Duration.ofSeconds(40));
        assertThat(server.networkRequests()).isEmpty();
        app.assertNothingPending();
        try (Socket listening = new Socket(server.adminHost(), server.adminPort())) {
            assertThat(listening.isConnected()).isTrue();
        }
        server.request("INVITE", "sip:1001@127.0.0.1").sdp().send();
        SipEvent delivered = app.nextSipEvent();
        assertThat(TestApp.request(delivered).requestUri()).isEqualTo("sip:1001@127.0.0.1");
    }
}
