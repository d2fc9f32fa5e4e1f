package io.drachtio.benchmarks;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of reading one parsed header of a message that was just parsed, measured on its own
 * rather than as the difference of two noisy figures: before each invocation, outside the
 * measurement, {@value #MESSAGES} copies of the message are parsed afresh (their views not yet
 * computed); the invocation then reads the header of each, so the score is the cost of one first read.
 * Run from the repository root; see benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParsedHeaderReadBenchmark {

    /** Messages parsed before each invocation: enough to make the per-invocation overhead negligible, few enough that
     * they stay in the CPU cache as a message just parsed does. */
    static final int MESSAGES = 64;

    /** The message to work on: a file of data/messages, or the REGISTER resource. */
    @Param({"invite_sdp.sip", "register.sip", "200_ok_record_route.sip"})
    public String message;

    private byte[] bytes;
    private final SipMessage[] parsed = new SipMessage[MESSAGES];

    /** Loads the message. */
    @Setup
    public void load() {
        bytes = SipParserBenchmark.messageBytes(message);
    }

    /** Parses the copies the next invocation reads (not measured). */
    @Setup(Level.Invocation)
    public void parseCopies() {
        for (int i = 0; i < MESSAGES; i++) {
            parsed[i] = SipMessageParser.parse(bytes);
        }
    }

    /**
     * The first read of the top Via's branch (what a transaction lookup needs).
     *
     * @param sink consumes each branch
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void topViaBranch(Blackhole sink) {
        for (SipMessage each : parsed) {
            sink.consume(each.topVia().branch());
        }
    }

    /**
     * The first read of the Call-ID.
     *
     * @param sink consumes each Call-ID
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void callId(Blackhole sink) {
        for (SipMessage each : parsed) {
            sink.consume(each.callId());
        }
    }

    /**
     * The first read of the CSeq (number and method).
     *
     * @param sink consumes each CSeq
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void cseq(Blackhole sink) {
        for (SipMessage each : parsed) {
            sink.consume(each.cseq());
        }
    }

    /**
     * The first read of the From header's tag.
     *
     * @param sink consumes each tag
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void fromTag(Blackhole sink) {
        for (SipMessage each : parsed) {
            sink.consume(each.from().tag());
        }
    }
}
