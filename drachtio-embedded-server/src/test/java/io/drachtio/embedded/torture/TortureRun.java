package io.drachtio.embedded.torture;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drachtio.embedded.sip.transport.MalformedMessageHandler;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipResponse;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Sends the RFC 4475 torture messages ({@code shared/data/rfc4475}, verdicts from INDEX.md) over UDP to a
 * SIP server on loopback, watching the malformed-message log lines; checks that every message strict
 * parsing rejects is answered 400 or dropped with exactly one log line, and that the server still answers
 * a valid OPTIONS 200 afterwards.
 */
public final class TortureRun implements AutoCloseable {

    /** Where the torture messages are. */
    public static final Path TORTURE = Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data",
            "rfc4475");

    private final InetSocketAddress target;
    private final DatagramSocket client;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(MalformedMessageHandler.class);

    /**
     * Opens the UDP client socket and starts watching the log.
     *
     * @param target the server's UDP address
     * @throws IOException when the socket cannot be opened
     */
    public TortureRun(InetSocketAddress target) throws IOException {
        this.target = target;
        this.client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout(5_000);
        log.start();
        logger.addAppender(log);
    }

    /** How the invalid messages were handled. */
    public record Outcome(int answered, int dropped) {
    }

    /**
     * Returns the names INDEX.md marks with a verdict.
     *
     * @param verdict {@code valid} or {@code invalid}
     * @return the file names
     * @throws IOException when INDEX.md cannot be read
     */
    public static List<String> namesMarked(String verdict) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(TORTURE.resolve("INDEX.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length > 4 && cells[1].trim().startsWith("`") && cells[4].trim().equals(verdict)) {
                String name = cells[1].trim().replace("`", "");
                names.add(name.endsWith(".dat") ? name : name + ".dat");
            }
        }
        return names;
    }

    /** @return the log lines of the malformed-message handler so far */
    public List<ILoggingEvent> logLines() {
        return log.list;
    }

    /**
     * Sends a datagram to the server.
     *
     * @param bytes the datagram
     * @throws IOException when sending fails
     */
    public void send(byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, target));
    }

    /**
     * Receives the next response (at most 5 s).
     *
     * @return the response
     * @throws IOException on timeout
     */
    public SipResponse receive() throws IOException {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        client.receive(packet);
        return (SipResponse) SipMessageParser.parse(Arrays.copyOf(buffer, packet.getLength()));
    }

    /**
     * Sends every invalid message that strict parsing rejects, one at a time, checking its log line and
     * its 400.
     *
     * @return how many were answered and dropped
     * @throws Exception on I/O failure or interruption
     */
    public Outcome sendEveryRejectedMessage() throws Exception {
        List<String> names = namesMarked("invalid");
        assertThat(names).hasSizeGreaterThanOrEqualTo(22);
        int answered = 0;
        int dropped = 0;
        for (String name : names) {
            Path file = TORTURE.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!rejectedByStrictParsing(bytes)) {
                continue;
            }
            int linesBefore = log.list.size();
            send(bytes);
            awaitLogLines(linesBefore + 1);

            assertThat(log.list).as(name).hasSize(linesBefore + 1);
            String line = log.list.get(linesBefore).getFormattedMessage();
            if (line.startsWith("Answered")) {
                SipResponse response = receive();
                assertThat(response.status()).as(name).isEqualTo(400);
                assertThat(response.reason()).as(name).startsWith("Bad Request - ");
                answered++;
            } else {
                assertThat(line).as(name).startsWith("Dropped malformed SIP message");
                dropped++;
            }
        }
        return new Outcome(answered, dropped);
    }

    /**
     * Sends a valid OPTIONS and checks its 200 (skipping 100 Trying of earlier INVITEs).
     *
     * @throws IOException when no answer arrives
     */
    public void assertStillAnswering() throws IOException {
        send(("OPTIONS sip:service@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + client.getLocalPort() + ";branch=z9hG4bK-after-torture\r\n"
                + "From: <sip:tester@127.0.0.1>;tag=t1\r\nTo: <sip:service@127.0.0.1>\r\nCall-ID: after@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        SipResponse response = receive();
        while (!response.cseq().method().equals("OPTIONS") || !"after@127.0.0.1".equals(response.callId())) {
            response = receive();
        }
        assertThat(response.status()).isEqualTo(200);
    }

    private static boolean rejectedByStrictParsing(byte[] bytes) {
        try {
            SipMessageParser.parseStrict(bytes);
            return false;
        } catch (SipParseException expected) {
            return true;
        }
    }

    private void awaitLogLines(int expected) throws InterruptedException {
        for (int i = 0; i < 500 && log.list.size() < expected; i++) {
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(log);
        client.close();
    }
}
