package io.drachtio.benchmarks;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * Times the first read of the top Via's branch and, right before and after it, the fixed table scan
 * of {@link HostSpeedBenchmark}, many times over, so that each timing of the read comes with a
 * reading of how fast the machine was at that moment. On a shared virtual machine the same compiled
 * loop runs up to twice as slow in some phases; a JMH iteration cannot tell such a phase from a slow
 * read, these pairs can. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar io.drachtio.benchmarks.PairedReadTiming [message] [rounds]};
 * see benchmarks/README.md.
 */
public final class PairedReadTiming {

    private static final int MESSAGES = ParsedHeaderReadBenchmark.MESSAGES;
    private static final int READS_PER_ROUND = 2_000;
    private static final int SCANS_PER_ROUND = 50_000;
    private static final int WARM_UP_ROUNDS = 300;
    /** A round counts as taken at full speed when its scan is within this factor of the fastest scan. */
    private static final double FULL_SPEED = 1.15;

    private final byte[] message;
    private final SipMessage[] parsed = new SipMessage[MESSAGES];
    private final HostSpeedBenchmark scan = new HostSpeedBenchmark();
    private long sink;

    private PairedReadTiming(byte[] message) {
        this.message = message;
    }

    /**
     * Runs the pairs and prints a summary.
     *
     * @param args the message (default {@code invite_sdp.sip}) and the number of measured rounds (default 400)
     */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "invite_sdp.sip";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        PairedReadTiming timing = new PairedReadTiming(SipParserBenchmark.messageBytes(name));
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            timing.round();
        }
        List<double[]> pairs = new ArrayList<>(rounds);
        for (int i = 0; i < rounds; i++) {
            pairs.add(timing.round());
        }
        print(name, pairs, timing.sink);
    }

    /** One round: scan, reads, scan; gives the mean scan time and the mean read time in ns. */
    private double[] round() {
        long scanTime = timeScans();
        long readTime = 0;
        for (int done = 0; done < READS_PER_ROUND; done += MESSAGES) {
            for (int i = 0; i < MESSAGES; i++) {
                parsed[i] = SipMessageParser.parse(message);
            }
            readTime += timeReads();
        }
        scanTime += timeScans();
        return new double[] {scanTime / (2.0 * SCANS_PER_ROUND), readTime / (double) READS_PER_ROUND};
    }

    private long timeScans() {
        long start = System.nanoTime();
        int total = 0;
        for (int i = 0; i < SCANS_PER_ROUND; i++) {
            total += scan.tableScan();
        }
        long time = System.nanoTime() - start;
        sink += total;
        return time;
    }

    private long timeReads() {
        long start = System.nanoTime();
        int total = 0;
        for (SipMessage each : parsed) {
            total += each.topVia().branch().length();
        }
        long time = System.nanoTime() - start;
        sink += total;
        return time;
    }

    private static void print(String name, List<double[]> pairs, long sink) {
        double fastestScan = pairs.stream().mapToDouble(pair -> pair[0]).min().orElseThrow();
        double fullSpeedLimit = fastestScan * FULL_SPEED;
        double[] slowScans = pairs.stream().mapToDouble(pair -> pair[0]).filter(s -> s > fullSpeedLimit)
                .sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d rounds of %d first reads of topVia().branch(), each between two "
                + "timings of %d table scans (fastest scan %.1f ns)%n", name, pairs.size(), READS_PER_ROUND,
                SCANS_PER_ROUND, fastestScan);
        System.out.println("rounds                          count  read p50  read p90  read p99   (ns per read)");
        row("all", reads(pairs, scan -> true));
        row("host at full speed (scan <= " + String.format(Locale.ROOT, "%.1f", fullSpeedLimit) + ")",
                reads(pairs, scan -> scan <= fullSpeedLimit));
        row("host slowed (scan slower)", reads(pairs, scan -> scan > fullSpeedLimit));
        if (slowScans.length > 0) {
            System.out.printf(Locale.ROOT, "scan in the slowed rounds: p50 %.1f ns, max %.1f ns%n",
                    slowScans[slowScans.length / 2], slowScans[slowScans.length - 1]);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** The read times, sorted, of the rounds whose scan time passes {@code scanTest}. */
    private static double[] reads(List<double[]> pairs, DoublePredicate scanTest) {
        return pairs.stream().filter(pair -> scanTest.test(pair[0])).mapToDouble(pair -> pair[1]).sorted().toArray();
    }

    private static void row(String label, double[] sorted) {
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "%-32s %5d%n", label, 0);
            return;
        }
        System.out.printf(Locale.ROOT, "%-32s %5d %9.1f %9.1f %9.1f%n", label, sorted.length,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)]);
    }
}
