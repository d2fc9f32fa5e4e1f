package io.drachtio.client;

import static io.drachtio.client.TestServerClients.WAIT;
import static io.drachtio.client.TestServerClients.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A recorded server frame (the INVITE of {@code uas-invite-486}) written to the client's socket in two
 * pieces, split at every byte position: every time the same request comes out.
 */
class ClientSplitFrameTest {

    private final TestServerClients setup = new TestServerClients();

    @AfterEach
    void close() throws Exception {
        setup.close();
    }

    @Test
    void aRecordedFrameSplitAtEveryBytePosition() throws Exception {
        byte[] frame = WireTrace.load("uas-invite-486").frames(Direction.S2C).get(2).bytes();
        DrachtioTestServer server = setup.server(DrachtioTestServer.builder());
        BlockingQueue<IncomingRequest> delivered = new LinkedBlockingQueue<>();
        DrachtioClient client = setup.client(DrachtioClient.builder().connection(options("split", server).build())
                .route("invite").requestHandler(delivered::add));
        client.start().block(WAIT);
        AppConnection connection = server.awaitRoute("invite");

        for (int split = 1; split < frame.length; split++) {
            connection.sendRaw(Arrays.copyOfRange(frame, 0, split));
            connection.sendRaw(Arrays.copyOfRange(frame, split, frame.length));
            IncomingRequest request = delivered.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(request).as("request for split at %d", split).isNotNull();
            assertThat(request.transactionId()).isEqualTo("166f60bd-a681-466f-985c-93509e7d187f");
            assertThat(request.callId()).isEqualTo("1-19963@127.0.0.1");
            assertThat(request.message().body()).hasSize(91);
            assertThat(request.meta().receivedOn()).isEqualTo("127.0.0.1:5160");
        }
        assertThat(delivered).isEmpty();
        assertThat(client.defaultConnection().state()).isEqualTo(ConnectionState.READY);
    }
}
