package io.drachtio.samples.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.EmbeddedDrachtioServer;
import io.drachtio.embedded.sipp.Sipp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's "Try it with sipp", as written: the registrar under its {@code dev} profile with the
 * embedded server (on a free SIP port instead of 5060, the only difference), sipp as bob registering and
 * waiting for a call, sipp as alice registering and calling bob through the registrar. The scenarios and
 * their arguments are the README's: {@code sipp/alice.xml}, {@code sipp/bob.xml} with
 * {@code sipp/bob-answers.xml} as the out-of-call scenario, {@code -au <user> -ap <user>-secret}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"drachtio.embedded.sip.port=0", "drachtio.lifecycle.await-connection=true"})
@ActiveProfiles("dev")
class AliceCallsBobTest {

    private static final Path SCENARIOS = Path.of("sipp");

    @Autowired
    private EmbeddedDrachtioServer server;

    @Autowired
    private Bindings bindings;

    @BeforeAll
    static void requireSipp() {
        Sipp.assumeInstalled();
    }

    @Test
    void aliceAndBobRegisterAndAliceCallsBobThroughTheRegistrar() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "sipp", "alice-calls-bob").toAbsolutePath());
        String registrar = "127.0.0.1:" + server.sipUdpAddress().getPort();
        int bobPort = Sipp.freePort();
        int alicePort = Sipp.freePort();

        Sipp bob = Sipp.start(workDir, SCENARIOS.resolve("bob.xml"), bobPort, registrar,
                List.of("-oocsf", SCENARIOS.resolve("bob-answers.xml").toAbsolutePath().toString(),
                        "-au", "bob", "-ap", "bob-secret"));
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !bindings.live("bob").isEmpty());
            Sipp alice = Sipp.start(workDir, SCENARIOS.resolve("alice.xml"), alicePort, registrar,
                    List.of("-au", "alice", "-ap", "alice-secret"));

            alice.assertPassed();
            bob.assertPassed();
        } finally {
            bob.stop();
        }
        assertThat(bindings.live("alice")).extracting(Binding::contactUri)
                .containsExactly("sip:alice@127.0.0.1:" + alicePort);
        assertThat(bindings.live("bob")).extracting(Binding::contactUri)
                .containsExactly("sip:bob@127.0.0.1:" + bobPort);
    }
}
