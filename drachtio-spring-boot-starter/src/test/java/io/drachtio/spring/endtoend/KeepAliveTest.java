package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.DrachtioTestServer;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application without a web server stays up while its client runs: a non-daemon thread waits from the
 * first start until the context closes (the client's own threads are daemons, so without it the JVM would
 * exit as soon as {@code main} returned). {@code drachtio.lifecycle.keep-alive=false} leaves it out.
 */
class KeepAliveTest {

    private static final String SECRET = "cymru";
    private static final String THREAD = "drachtio-keep-alive";

    private DrachtioTestServer server;

    @BeforeEach
    void startServer() {
        server = DrachtioTestServer.builder().secret(SECRET).start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aNonDaemonThreadWaitsWhileTheClientRunsAndEndsWhenTheContextCloses() throws InterruptedException {
        Set<Thread> before = keepAliveThreads();
        ConfigurableApplicationContext context = start(true);
        Set<Thread> started = keepAliveThreads();
        started.removeAll(before);
        assertThat(started).as("one new " + THREAD + " thread").hasSize(1);
        Thread keepAlive = started.iterator().next();
        assertThat(keepAlive.isDaemon()).isFalse();
        assertThat(keepAlive.isAlive()).isTrue();

        context.stop();
        assertThat(keepAlive.isAlive()).as("a stopped (not closed) context may start again").isTrue();

        context.close();
        keepAlive.join(5_000);
        assertThat(keepAlive.isAlive()).isFalse();
    }

    @Test
    void keepAliveCanBeSwitchedOff() {
        Set<Thread> before = keepAliveThreads();
        try (ConfigurableApplicationContext context = start(false)) {
            assertThat(context.isRunning()).isTrue();
            assertThat(keepAliveThreads()).as("no new " + THREAD + " thread").isEqualTo(before);
        }
    }

    private ConfigurableApplicationContext start(boolean keepAlive) {
        return new SpringApplicationBuilder(SlowApplication.class).web(WebApplicationType.NONE)
                .properties("drachtio.port=" + server.adminPort(), "drachtio.secret=" + SECRET,
                        "drachtio.lifecycle.await-connection=true", "drachtio.lifecycle.keep-alive=" + keepAlive)
                .run();
    }

    /** The live keep-alive threads (applications of other tests in this JVM may have theirs). */
    private static Set<Thread> keepAliveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(THREAD) && thread.isAlive())
                .collect(Collectors.toCollection(HashSet::new));
    }
}
