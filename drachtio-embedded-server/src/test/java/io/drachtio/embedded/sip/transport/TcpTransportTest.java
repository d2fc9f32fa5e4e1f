package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.support.RecordingClientListener;
import io.drachtio.embedded.sip.support.TestTransactionUser;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SIP over a real TCP connection: framing, responses on the same connection, connection reuse, limits. */
class TcpTransportTest {

    private final TestTransactionUser tu = new TestTransactionUser();
    private SipStack stack;
    private Socket peer;

    @BeforeEach
    void start() throws IOException {
        stack = SipStack.start(SipStackSettings.loopbackFreePorts(), tu);
        tu.on("OPTIONS", (transaction, dialog) -> stack.core().respond(transaction,
                SipResponse.forRequest(transaction.request(), 200)));
        peer = new Socket(InetAddress.getLoopbackAddress(), stack.tcpAddress().getPort());
        peer.setSoTimeout(5_000);
    }

    @AfterEach
    void stop() throws IOException {
        peer.close();
        stack.close();
    }

    private String options(String branch) {
        return "OPTIONS sip:service@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/TCP 127.0.0.1:" + peer.getLocalPort() + ";branch=" + branch + "\r\n"
                + "From: <sip:peer@127.0.0.1>;tag=p1\r\nTo: <sip:service@127.0.0.1>\r\nCall-ID: " + branch + "@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
                + "Contact: <sip:peer@127.0.0.1:" + peer.getLocalPort() + ";transport=tcp>\r\nContent-Length: 0\r\n\r\n";
    }

    /** Reads one SIP message from the stream (headers, then Content-Length bytes). */
    private SipMessage read() throws IOException {
        InputStream in = peer.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        SipMessage headers = SipMessageParser.parse(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        byte[] body = in.readNBytes(Integer.parseInt(headers.header("Content-Length")));
        return SipMessageParser.parse((head + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void framesPipelinedAndSplitMessagesAndAnswersOnTheSameConnection() throws IOException {
        String both = "\r\n\r\n" + options("z9hG4bK-tcp1") + options("z9hG4bK-tcp2");
        OutputStream out = peer.getOutputStream();
        out.write(both.substring(0, 100).getBytes(StandardCharsets.UTF_8));
        out.flush();
        out.write(both.substring(100).getBytes(StandardCharsets.UTF_8));
        out.flush();

        SipResponse first = (SipResponse) read();
        SipResponse second = (SipResponse) read();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.topVia().branch()).isEqualTo("z9hG4bK-tcp1");
        assertThat(first.topVia().rport()).isEqualTo(peer.getLocalPort());
        assertThat(second.topVia().branch()).isEqualTo("z9hG4bK-tcp2");
    }

    @Test
    void requestsToAPeerThatConnectedReuseItsConnection() throws Exception {
        peer.getOutputStream().write(options("z9hG4bK-tcp3").getBytes(StandardCharsets.UTF_8));
        assertThat(((SipResponse) read()).status()).isEqualTo(200);
        String contact = tu.requests().get(0).request().contacts().get(0).uri().toString();

        RecordingClientListener listener = new RecordingClientListener();
        stack.core().sendRequest(SipMessageParser.parseRequest(("OPTIONS " + contact + " SIP/2.0\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8)), null, listener).get(5, TimeUnit.SECONDS);

        SipRequest request = (SipRequest) read();
        assertThat(request.method()).isEqualTo("OPTIONS");
        assertThat(request.header("Via")).startsWith("SIP/2.0/TCP 127.0.0.1:" + stack.tcpAddress().getPort() + ";branch=z9hG4bK");
        assertThat(request.header("From")).contains(";transport=tcp>;tag=");
    }

    @Test
    void aMessageOverTheSizeLimitClosesTheConnection() throws IOException {
        String huge = "INVITE sip:service@127.0.0.1 SIP/2.0\r\nContent-Length: 100000\r\n\r\n";
        peer.getOutputStream().write(huge.getBytes(StandardCharsets.UTF_8));

        assertThat(peer.getInputStream().read()).isEqualTo(-1);
        assertThat(tu.requests()).isEmpty();
    }
}
