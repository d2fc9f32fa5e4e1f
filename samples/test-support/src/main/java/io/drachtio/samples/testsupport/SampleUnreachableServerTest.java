package io.drachtio.samples.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ConnectionState;
import io.drachtio.client.DrachtioClient;
import io.drachtio.testserver.DrachtioTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every sample promises while no drachtio-server is reachable: started with its own configuration
 * (profile {@code prod}, so not the embedded server; only the port moved to one nothing listens on, and
 * faster retries), it logs one clear WARN line per attempt ("drachtio-server 127.0.0.1:port not reachable,
 * retrying in …"), no stack trace and never the secret, and connects as soon as a server appears on that
 * port. A sample's test extends it.
 */
@SpringBootTest(properties = {
        "drachtio.reconnect.initial-delay=50ms", "drachtio.reconnect.multiplier=1",
        "drachtio.reconnect.max-delay=50ms", "drachtio.reconnect.jitter=0", "drachtio.ping.interval=0"})
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
public abstract class SampleUnreachableServerTest {

    private static final int PORT = closedPort();

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final Pattern NOT_REACHABLE = Pattern.compile(" WARN .*drachtio-server 127\\.0\\.0\\.1:" + PORT
            + " not reachable, retrying in 50ms \\(attempt (\\d+), connection default: [^\\r\\n]*Connection refused[^\\r\\n]*\\)");

    @Autowired
    private DrachtioClient client;

    @Value("${drachtio.secret}")
    private String secret;

    @DynamicPropertySource
    static void closedServer(DynamicPropertyRegistry registry) {
        registry.add("drachtio.host", () -> "127.0.0.1");
        registry.add("drachtio.port", () -> PORT);
    }

    /** @return a loopback port nothing listens on */
    private static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void logsOneLinePerAttemptThenConnectsWhenTheServerAppears(CapturedOutput output) throws InterruptedException {
        awaitLines(output, 3);

        try (DrachtioTestServer server = DrachtioTestServer.builder().adminAddress("127.0.0.1", PORT).secret(secret)
                .awaitTimeout(WAIT).start()) {
            awaitReady();
            List<Integer> attempts = attempts(output.getOut());

            assertThat(attempts).as("one WARN line per attempt, numbered 1…n")
                    .isEqualTo(IntStream.rangeClosed(1, attempts.size()).boxed().toList())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(output.getAll()).as("every not-reachable line has the expected form")
                    .doesNotContain("\tat ").doesNotContain(" ERROR ").doesNotContain(secret)
                    .contains("connected to drachtio-server 127.0.0.1:" + PORT);
            assertThat(output.getAll().lines().filter(line -> line.contains("not reachable")))
                    .allMatch(line -> NOT_REACHABLE.matcher(line).find());
        }
    }

    private static List<Integer> attempts(String out) {
        return out.lines().map(NOT_REACHABLE::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static void awaitLines(CapturedOutput output, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (attempts(output.getOut()).size() < count) {
            assertThat(System.nanoTime()).as("%d not-reachable lines within %s; output:%n%s", count, WAIT, output)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (client.defaultConnection().state() != ConnectionState.READY) {
            assertThat(System.nanoTime()).as("connection ready within %s", WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
