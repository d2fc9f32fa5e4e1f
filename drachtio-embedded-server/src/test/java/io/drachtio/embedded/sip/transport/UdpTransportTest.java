package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.support.TestTransactionUser;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.sip.SipResponse;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Datagrams larger than Netty's default 2 KiB read size arrive whole; those over the limit are dropped. */
class UdpTransportTest {

    private static final int LIMIT = 8_192;

    private final TestTransactionUser tu = new TestTransactionUser();
    private SipStack stack;
    private DatagramSocket client;

    @BeforeEach
    void start() throws IOException {
        stack = SipStack.start(new SipStackSettings(new TransportSettings("127.0.0.1", 0, 0, LIMIT),
                TimerSettings.DEFAULT), tu);
        tu.on("MESSAGE", (transaction, dialog) -> stack.core().respond(transaction,
                SipResponse.forRequest(transaction.request(), 200)));
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout(2_000);
    }

    @AfterEach
    void stop() {
        client.close();
        stack.close();
    }

    private byte[] message(int bodyLength) {
        String body = "x".repeat(bodyLength);
        return ("MESSAGE sip:service@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + client.getLocalPort() + ";branch=z9hG4bK-big-" + bodyLength + "\r\n"
                + "From: <sip:tester@127.0.0.1>;tag=t1\r\nTo: <sip:service@127.0.0.1>\r\nCall-ID: big-" + bodyLength
                + "@127.0.0.1\r\nCSeq: 1 MESSAGE\r\nMax-Forwards: 70\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + bodyLength + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private int send(byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, stack.udpAddress()));
        byte[] buffer = new byte[LIMIT];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            client.receive(packet);
        } catch (SocketTimeoutException nothing) {
            return -1;
        }
        return Integer.parseInt(new String(buffer, 8, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void aDatagramUpToTheLimitArrivesWholeAndALargerOneIsDropped() throws IOException {
        byte[] large = message(6_000);
        assertThat(large.length).isBetween(2_048, LIMIT);

        assertThat(send(large)).isEqualTo(200);
        assertThat(tu.requests().get(0).request().body()).hasSize(6_000);
        assertThat(tu.requests().get(0).received().size()).isEqualTo(large.length);

        assertThat(send(message(LIMIT))).as("no answer to an oversized datagram").isEqualTo(-1);
        assertThat(tu.requests()).hasSize(1);
    }
}
