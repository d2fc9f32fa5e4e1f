package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.tls.TestTls;
import io.drachtio.wire.CdrEvent;
import io.drachtio.wire.CdrKind;
import io.drachtio.wire.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** What a test can do to the control connections: list, drop, stop, refuse, raw writes, TLS, outbound. */
class ConnectionControlTest extends TestServerFixture {

    @Test
    void connectionsAreListedWithTheirState() {
        try (TestApp first = TestApp.connect(server, "invite", "cdr:stop"); TestApp second = TestApp.connect(server)) {
            second.assertNothingPending();
            assertThat(server.connections()).hasSize(2);
            AppConnection routed = server.connections().get(0);
            assertThat(routed.isOpen()).isTrue();
            assertThat(routed.isAuthenticated()).isTrue();
            assertThat(routed.routes()).containsExactly("invite", "cdr:stop");
            assertThat(routed.isOutbound()).isFalse();
            assertThat(routed.remoteAddress()).startsWith("127.0.0.1:");
            assertThat(server.connections().get(1).isAuthenticated()).isFalse();
        }
    }

    @Test
    void droppingAConnectionClosesTheApplicationsSocket() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            AppConnection connection = server.awaitRoute("invite");
            connection.drop();
            connection.awaitClosed();
            assertThat(app.closedByServer()).isTrue();
            assertThat(connection.isOpen()).isFalse();
        }
    }

    @Test
    void stopClosesEverythingAndRestartListensOnTheSamePort() throws IOException {
        int port = server.adminPort();
        try (TestApp app = TestApp.connect(server, "invite")) {
            server.stop();
            assertThat(app.closedByServer()).isTrue();
            assertThat(refused(port)).isTrue();
        }
        server.restart();
        assertThat(server.adminPort()).isEqualTo(port);
        try (TestApp again = TestApp.connect(server, "invite")) {
            again.assertNothingPending();
        }
    }

    @Test
    void refusingConnectionsKeepsTheOpenOnes() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            server.refuseConnections();
            assertThat(refused(server.adminPort())).isTrue();
            app.assertNothingPending();
            server.acceptConnections();
            try (TestApp other = TestApp.connect(server)) {
                other.assertNothingPending();
            }
        }
    }

    @Test
    void aRawFrameAndRawBytesReachTheApplicationAsTheyAre() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            AppConnection connection = server.awaitRoute("invite");
            connection.sendFrame("x1|frobnicated|☎");
            assertThat(app.raw().readPayload()).isEqualTo("x1|frobnicated|☎");
            connection.sendRaw("12#justonefield".getBytes(StandardCharsets.US_ASCII));
            assertThat(app.raw().readPayload()).isEqualTo("justonefield");
        }
    }

    @Test
    void anOversizeFrameFromTheApplicationClosesTheConnection() {
        try (DrachtioTestServer small = DrachtioTestServer.builder().maxFrameLength(100).start();
                TestApp app = TestApp.connect(small, "invite")) {
            app.raw().sendRaw("123456#".getBytes(StandardCharsets.US_ASCII));
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void aMalformedLengthPrefixClosesTheConnection() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            app.raw().sendRaw(" 41#".getBytes(StandardCharsets.US_ASCII));
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void theAdminPortCanSpeakTls() throws IOException {
        try (DrachtioTestServer secure = DrachtioTestServer.builder().tls(TestTls.serverContext()).start();
                SSLSocket socket = (SSLSocket) TestTls.jdkClientContext().getSocketFactory()
                        .createSocket("127.0.0.1", secure.adminPort())) {
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write("41#a1b2c3d4-0000-4000-8000-00000000000b|ping".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] reply = readFrame(socket.getInputStream());
            assertThat(new String(reply, StandardCharsets.UTF_8))
                    .endsWith("|response|a1b2c3d4-0000-4000-8000-00000000000b|OK|pong");
            assertThat(TestTls.certificate().getSubjectX500Principal().getName()).contains("CN=localhost");
        }
    }

    @Test
    void theServerCanConnectToAnApplicationAndDeliverRequestsOnThatConnection() throws IOException {
        try (ServerSocket listening = new ServerSocket(0)) {
            AppConnection[] outbound = new AppConnection[1];
            Thread connector = new Thread(() -> outbound[0] = server.connectTo("127.0.0.1", listening.getLocalPort()));
            connector.start();
            try (Socket socket = listening.accept()) {
                joinQuietly(connector);
                socket.getOutputStream().write("56#a1b2c3d4-0000-4000-8000-0000000000aa|authenticate|cymru|"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(readFrame(socket.getInputStream()), StandardCharsets.UTF_8)).contains("|OK|");
                AppConnection connection = outbound[0].awaitAuthenticated();
                assertThat(connection.isOutbound()).isTrue();

                NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().sendTo(connection);

                String delivered = new String(readFrame(socket.getInputStream()), StandardCharsets.UTF_8);
                assertThat(delivered).contains("|sip|network|").contains("|" + invite.transactionId() + "||");
            }
        }
    }

    @Test
    void aCdrCanBePushedToARoutedConnection() {
        try (TestApp app = TestApp.connect(server, "cdr:stop")) {
            assertThat(server.sendCdr(CdrKind.START, Source.APPLICATION, "uas", "SIP/2.0 200 OK\r\n\r\n")).isFalse();
            assertThat(server.sendCdr(CdrKind.STOP, Source.NETWORK, "session-expired", "BYE sip:a@b SIP/2.0\r\n\r\n"))
                    .isTrue();
            CdrEvent cdr = app.nextCdr();
            assertThat(cdr.kind()).isEqualTo(CdrKind.STOP);
            assertThat(cdr.reason()).isEqualTo("session-expired");
            assertThat(TestApp.text(cdr)).startsWith("BYE sip:a@b SIP/2.0");
        }
    }

    @Test
    void cdrsAreSharedRoundRobinAmongRoutedConnections() {
        try (TestApp first = TestApp.connect(server, "cdr:stop"); TestApp second = TestApp.connect(server, "cdr:stop")) {
            for (int i = 0; i < 2; i++) {
                server.sendCdr(CdrKind.STOP, Source.NETWORK, "normal-release", "BYE sip:a@b SIP/2.0\r\n\r\n");
            }
            assertThat(first.nextCdr().reason()).isEqualTo("normal-release");
            assertThat(second.nextCdr().reason()).isEqualTo("normal-release");
        }
    }

    /**
     * Tells whether nothing listens on a local port. A connection that the kernel completed to
     * itself (same source and destination port, possible for a free port in the ephemeral range)
     * counts as refused too.
     */
    private static boolean refused(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] readFrame(InputStream in) throws IOException {
        int length = 0;
        for (int c = in.read(); c != '#'; c = in.read()) {
            assertThat(c).as("length prefix digit").isBetween((int) '0', (int) '9');
            length = length * 10 + (c - '0');
        }
        return in.readNBytes(length);
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
