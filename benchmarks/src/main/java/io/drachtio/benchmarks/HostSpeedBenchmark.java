package io.drachtio.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A fixed amount of plain CPU work that none of our code touches: a byte-by-byte table scan of 84
 * bytes (the length of a typical top Via). Its score moves only when the machine does — on a shared
 * virtual machine, phases in which the same compiled loop runs much slower — so running it next to
 * another benchmark tells whether a slow iteration there was the code's or the host's. Not a
 * benchmark of this project; see benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HostSpeedBenchmark {

    private static final int LENGTH = 84;

    private final byte[] text = new byte[LENGTH];
    private final boolean[] letters = new boolean[256];

    /** Fills the text with one letter of the class; the scan walks all of it. */
    public HostSpeedBenchmark() {
        Arrays.fill(text, (byte) 'a');
        letters['a'] = true;
    }

    /**
     * Scans the text with a table lookup per byte.
     *
     * @return where the scan stopped (always the length)
     */
    @Benchmark
    public int tableScan() {
        byte[] bytes = text;
        int i = 0;
        while (i < bytes.length && letters[bytes[i] & 0xFF]) {
            i++;
        }
        return i;
    }
}
