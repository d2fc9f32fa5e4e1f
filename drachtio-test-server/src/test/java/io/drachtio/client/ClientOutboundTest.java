package io.drachtio.client;

import static io.drachtio.client.TestServerClients.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.tls.TestTls;
import io.netty.handler.ssl.SslContextBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outbound mode against the test server: it connects, the client authenticates, the request follows. */
class ClientOutboundTest {

    private final TestServerClients setup = new TestServerClients();

    @AfterEach
    void close() throws Exception {
        setup.close();
    }

    @Test
    void serverConnectionsAreAuthenticatedAndDeliverToTheSameHandler() throws SSLException {
        outbound(false);
    }

    @Test
    void outboundConnectionsOverTls() throws SSLException {
        outbound(true);
    }

    private void outbound(boolean tls) throws SSLException {
        DrachtioTestServer.Builder serverBuilder = DrachtioTestServer.builder();
        if (tls) {
            // drachtio-server connects "TLS without certificate verification" (reference §7.3)
            serverBuilder.outboundTls(SslContextBuilder.forClient().trustManager(TestTls.certificate())
                    .endpointIdentificationAlgorithm(null).build());
        }
        DrachtioTestServer server = setup.server(serverBuilder);
        List<IncomingRequest> delivered = new CopyOnWriteArrayList<>();
        DrachtioClient client = setup.client(DrachtioClient.builder()
                .outbound(new OutboundOptions("out", "127.0.0.1", 0, "cymru",
                        tls ? TestTls.serverContext() : null, null, 0))
                .requestHandler(request -> {
                    delivered.add(request);
                    request.response().send(486).onErrorComplete().subscribe();
                }));
        client.start().block(WAIT);
        int port = client.outboundAddress().getPort();

        AppConnection first = server.connectTo("127.0.0.1", port).awaitAuthenticated();
        AppConnection second = server.connectTo("127.0.0.1", port).awaitAuthenticated();
        NetworkTransaction call = server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().sendTo(second);
        NetworkTransaction other = server.request("INVITE", "sip:1001@127.0.0.1:5060").sdp().sendTo(first);

        assertThat(call.awaitFinalResponse().status()).isEqualTo(486);
        assertThat(other.awaitFinalResponse().status()).isEqualTo(486);
        assertThat(first.routes()).isEmpty();
        assertThat(delivered).extracting(r -> r.connection().name()).containsExactlyInAnyOrder("out#1", "out#2");
        assertThat(delivered).allSatisfy(r -> assertThat(r.connection().isOutbound()).isTrue());
        assertThat(client.connections()).extracting(DrachtioConnection::name)
                .containsExactlyInAnyOrder("out#1", "out#2");

        first.drop();
        first.awaitClosed();
        second.drop();
        second.awaitClosed();
    }
}
