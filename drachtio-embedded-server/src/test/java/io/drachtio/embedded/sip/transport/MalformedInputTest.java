package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.support.TestTransactionUser;
import io.drachtio.embedded.sip.transaction.TransactionKeys;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The RFC 4475 torture messages sent to a running stack over UDP: each invalid one that strict parsing
 * rejects is answered 400 or dropped, with exactly one log line, and never reaches the TU; the valid
 * requests reach it; the stack keeps answering afterwards.
 */
class MalformedInputTest {

    private static final Path TORTURE = Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data", "rfc4475");

    private final TestTransactionUser tu = new TestTransactionUser();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(MalformedMessageHandler.class);
    private SipStack stack;
    private DatagramSocket client;

    @BeforeEach
    void start() throws IOException {
        stack = SipStack.start(SipStackSettings.loopbackFreePorts(), tu);
        tu.on("OPTIONS", (transaction, dialog) -> stack.core().respond(transaction,
                SipResponse.forRequest(transaction.request(), 200)));
        log.start();
        logger.addAppender(log);
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout(5_000);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        client.close();
        stack.close();
    }

    /** The names INDEX.md marks with this verdict ({@code valid} or {@code invalid}; extra/test.dat included). */
    private static List<String> namesMarked(String verdict) throws IOException {
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

    private static boolean rejectedByStrictParsing(byte[] bytes) {
        try {
            SipMessageParser.parseStrict(bytes);
            return false;
        } catch (SipParseException expected) {
            return true;
        }
    }

    private void send(byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, stack.udpAddress()));
    }

    private SipResponse receive() throws IOException {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        client.receive(packet);
        return (SipResponse) SipMessageParser.parse(Arrays.copyOf(buffer, packet.getLength()));
    }

    private void awaitLogLines(int expected) throws InterruptedException {
        for (int i = 0; i < 500 && log.list.size() < expected; i++) {
            Thread.sleep(10);
        }
    }

    /** Sends a valid OPTIONS and waits for its 200 (skipping 100 Trying of earlier INVITEs). */
    private void assertStillAnswering() throws IOException {
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

    @Test
    void everyValidRequestReachesTheTransactionUserOncePerTransactionAndResponsesDoNot() throws Exception {
        Set<String> transactions = new HashSet<>();
        int withToTag = 0;
        for (String name : namesMarked("valid")) {
            byte[] bytes = Files.readAllBytes(TORTURE.resolve(name));
            if (SipMessageParser.parseStrict(bytes) instanceof SipRequest request) {
                if (request.to().tag() == null) {
                    transactions.add(TransactionKeys.serverKey(request));
                } else {
                    withToTag++;
                }
            }
            send(bytes);
        }
        for (int i = 0; i < 500 && tu.requests().size() < transactions.size(); i++) {
            Thread.sleep(10);
        }

        List<String> delivered = tu.requests().stream().map(t -> TransactionKeys.serverKey(t.request())).toList();
        assertThat(delivered).as("requests sharing branch, sent-by and method count once")
                .containsExactlyInAnyOrderElementsOf(transactions);
        assertThat(withToTag).as("wsinv has a To-tag but no dialog: answered 481 by the stack").isEqualTo(1);
        assertThat(transactions).hasSizeGreaterThanOrEqualTo(15);
        assertThat(log.list).isEmpty();
        assertStillAnswering();
    }

    @Test
    void everyRejectedMessageIsAnswered400OrDroppedWithOneLogLineAndTheStackKeepsWorking() throws Exception {
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

        assertStillAnswering();
        assertThat(tu.requests()).as("only the valid OPTIONS reached the TU").hasSize(1);
        assertThat(answered).isPositive();
        assertThat(dropped).isPositive();
        assertThat(answered + dropped).isGreaterThanOrEqualTo(15);
    }
}
