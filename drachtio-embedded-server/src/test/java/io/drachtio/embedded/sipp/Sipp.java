package io.drachtio.embedded.sipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs sipp (Debian package {@code sip-tester}) with a scenario from {@code src/test/resources/sipp}
 * on 127.0.0.1, bounded by {@code -m 1} and a global timeout, and collects its exit code and message log.
 * Shared with the other modules' tests through this module's test jar (scenarios inside a jar are
 * copied to the work directory first).
 */
public final class Sipp {

    /** How long sipp may run before it fails the scenario on its own. */
    private static final int GLOBAL_TIMEOUT_SECONDS = 20;

    private final Process process;
    private final Path messageLog;
    private final Path screen;

    private Sipp(Process process, Path messageLog, Path screen) {
        this.process = process;
        this.messageLog = messageLog;
        this.screen = screen;
    }

    /** Tells whether a {@code sipp} executable is on the PATH. */
    public static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "sipp"))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test (or class) with a clear message when sipp is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(),
                "sipp is not on the PATH: install the Debian package sip-tester to run the SIP interop tests");
    }

    /** A port on 127.0.0.1 that is free for both UDP and TCP right now. */
    public static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free port on 127.0.0.1");
    }

    /**
     * Starts sipp.
     *
     * @param workDir   where sipp writes its logs
     * @param scenario  scenario file name under {@code sipp/}
     * @param tcp       TCP ({@code -t t1}) instead of UDP ({@code -t u1})
     * @param localPort sipp's port
     * @param remote    {@code host:port} to call, or null for a UAS scenario
     * @param service   the user part of the Request-URI ({@code -s})
     */
    public static Sipp start(Path workDir, String scenario, boolean tcp, int localPort, String remote, String service) {
        Path log = workDir.resolve(scenario + "-" + localPort + "-messages.log");
        Path screen = workDir.resolve(scenario + "-" + localPort + "-screen.log");
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenarioFile(workDir, scenario).toString(),
                "-i", "127.0.0.1", "-p", Integer.toString(localPort), "-t", tcp ? "t1" : "u1",
                "-m", "1", "-nostdin", "-timeout", GLOBAL_TIMEOUT_SECONDS + "s", "-timeout_error",
                "-trace_msg", "-message_file", log.toString(), "-trace_err",
                "-error_file", workDir.resolve(scenario + "-" + localPort + "-errors.log").toString(),
                "-s", service));
        if (remote != null) {
            command.add(remote);
        }
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(screen.toFile()).start();
            return new Sipp(process, log, screen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scenarioFile(Path workDir, String scenario) {
        URL resource = Sipp.class.getResource("/sipp/" + scenario);
        if (resource == null) {
            throw new IllegalArgumentException("no sipp scenario " + scenario);
        }
        try {
            if ("file".equals(resource.getProtocol())) {
                return Path.of(resource.toURI());
            }
            Path copy = workDir.resolve(scenario);
            try (InputStream in = resource.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits (at most 10 s) until sipp accepts TCP connections on its port, so that a request sent to a
     * sipp UAS over TCP does not race its start-up. The probe connection is closed without data.
     */
    public static void awaitTcpListener(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (java.net.Socket probe = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("sipp does not listen on TCP port " + port);
    }

    /** Waits (bounded) for sipp to end and returns its exit code; kills it and returns -1 if it hangs. */
    public int await() throws InterruptedException {
        if (!process.waitFor(GLOBAL_TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    /**
     * Waits for sipp and fails with its logs unless it passed its scenario.
     *
     * @throws Exception when interrupted or the logs cannot be read
     */
    public void assertPassed() throws Exception {
        int exitCode = await();
        assertThat(exitCode).as("sipp exit code; %s", exitCode == 0 ? "" : report()).isZero();
    }

    /** Stops sipp if it still runs. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The sipp message log (every message sent and received). */
    public String messages() throws IOException {
        return Files.exists(messageLog) ? Files.readString(messageLog) : "";
    }

    /** What sipp printed, for failure messages. */
    public String report() throws IOException {
        String errors = "";
        try (var files = Files.list(messageLog.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("errors.log")).toList()) {
                errors += Files.readString(file);
            }
        }
        return "sipp errors:\n" + errors + "\nsipp messages:\n" + messages();
    }
}
