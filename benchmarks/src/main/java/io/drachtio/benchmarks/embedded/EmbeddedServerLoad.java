package io.drachtio.benchmarks.embedded;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.PingPolicy;
import io.drachtio.embedded.EmbeddedDrachtioServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Load through the embedded server with sipp (not JMH: real sockets, a real peer): starts an
 * {@link EmbeddedDrachtioServer} on a free port with an application on the control protocol
 * ({@code DrachtioClient}) that answers OPTIONS 200 and INVITE 486, runs a sipp scenario with {@code -r}
 * calls per second and {@code -m} calls (after a warm-up run of as many), and prints the achieved
 * rate, sipp's successful/failed counts and the JVM's CPU time per call (server and application share
 * the JVM).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.drachtio.benchmarks.embedded.EmbeddedServerLoad
 * <scenario.xml> <rate> <calls> [udp|tcp]} — see {@code benchmarks/README.md}.
 */
public final class EmbeddedServerLoad {

    private EmbeddedServerLoad() {
    }

    /**
     * Runs one measurement.
     *
     * @param args scenario file, rate (calls/s), calls, transport
     * @throws Exception when sipp cannot run
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: EmbeddedServerLoad <scenario.xml> <rate> <calls> [udp|tcp]");
            System.exit(2);
        }
        Path scenario = Path.of(args[0]).toAbsolutePath();
        int rate = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        boolean tcp = args.length > 3 && "tcp".equals(args[3]);
        Path workDir = Files.createTempDirectory("embedded-load");
        try (EmbeddedDrachtioServer server = EmbeddedDrachtioServer.builder().sipPort(0).start();
                DrachtioClient app = application(server)) {
            app.start().block(Duration.ofSeconds(10));
            int port = (tcp ? server.sipTcpAddress() : server.sipUdpAddress()).getPort();
            run(workDir, scenario, "127.0.0.1:" + port, tcp, rate, calls, "warm-up");
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            int[] outcome = run(workDir, scenario, "127.0.0.1:" + port, tcp, rate, calls, "measured");
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            System.out.printf(Locale.ROOT, "%s %s rate=%d calls=%d: successful=%d failed=%d, %.1f s, %.0f calls/s, "
                    + "JVM CPU %.0f ms = %.1f µs/call%n", scenario.getFileName(), tcp ? "tcp" : "udp", rate, calls,
                    outcome[0], outcome[1], seconds, outcome[0] / seconds, cpuMillis, cpuMillis * 1000 / calls);
        }
    }

    private static DrachtioClient application(EmbeddedDrachtioServer server) {
        return DrachtioClient.builder()
                .connection(ConnectionOptions.builder("127.0.0.1", server.adminAddress().getPort(), server.secret())
                        .name("load").ping(PingPolicy.DISABLED).build())
                .route("invite").route("options")
                .requestHandler(EmbeddedServerLoad::answer)
                .build();
    }

    private static void answer(IncomingRequest request) {
        switch (request.method()) {
            case "OPTIONS" -> request.response().send(200).subscribe(sent -> { }, error -> { });
            case "INVITE" -> request.response().send(486).subscribe(sent -> { }, error -> { });
            default -> { }
        }
    }

    /** Runs sipp and returns {successful, failed} from its final screen. */
    private static int[] run(Path workDir, Path scenario, String remote, boolean tcp, int rate, int calls,
            String label) throws IOException, InterruptedException {
        Path screen = workDir.resolve(label + "-screen.log");
        Process sipp = new ProcessBuilder(List.of("sipp", "-sf", scenario.toString(), "-i", "127.0.0.1",
                "-t", tcp ? "t1" : "u1", "-r", Integer.toString(rate), "-m", Integer.toString(calls),
                "-l", Integer.toString(Math.max(100, rate * 2)), "-nostdin", "-timeout", "120s",
                "-trace_screen", "-screen_file", screen.toString(), "-s", "service", remote))
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(label + "-out.log").toFile()).start();
        if (!sipp.waitFor(180, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
        }
        return new int[] {count(screen, "Successful call"), count(screen, "Failed call")};
    }

    private static int count(Path screen, String row) throws IOException {
        if (!Files.exists(screen)) {
            return -1;
        }
        int last = -1;
        for (String line : Files.readAllLines(screen)) {
            if (line.trim().startsWith(row)) {
                String[] cells = line.split("\\|");
                last = Integer.parseInt(cells[cells.length - 1].trim());
            }
        }
        return last;
    }
}
