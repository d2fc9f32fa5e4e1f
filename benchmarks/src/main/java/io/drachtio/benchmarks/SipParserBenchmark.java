package io.drachtio.benchmarks;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing, strict parsing, reading the top Via branch and serialising, for every message of
 * {@code ../shared/data/messages/} plus a REGISTER recorded in the {@code uas-register-200} wire trace.
 * Run from the repository root (the shared folder is found through {@code -Ddrachtio.shared.dir},
 * default {@code ../shared}); see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SipParserBenchmark {

    /** The REGISTER of the uas-register-200 trace, kept as a resource of this module. */
    private static final String REGISTER = "register.sip";

    /** The message to work on: a file of data/messages, or the REGISTER resource. */
    @Param({"invite_sdp.sip", REGISTER, "200_ok_record_route.sip", "180_ringing_100rel_rseq.sip",
        "200_ok_sdp_via_list_one_line.sip", "302_multiple_contacts.sip", "ack_2xx.sip", "bye.sip", "cancel.sip",
        "invite_compact_headers.sip", "invite_diversion_pai_sdp.sip", "message_smime.sip",
        "notify_smime_folded_3via.sip"})
    public String message;

    private byte[] bytes;
    private SipMessage parsed;

    /** Loads the message and parses it once for the serialisation benchmark. */
    @Setup
    public void load() {
        bytes = messageBytes(message);
        parsed = SipMessageParser.parse(bytes);
    }

    /**
     * Reads one benchmark message: a file of data/messages, or the REGISTER resource.
     *
     * @param name the file name
     * @return its bytes
     */
    static byte[] messageBytes(String name) {
        return REGISTER.equals(name) ? resource(name) : sharedMessage(name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SipParserBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sharedMessage(String name) {
        Path file = Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data", "messages", name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /**
     * The lazy parse used for messages drachtio-server already validated.
     *
     * @return the message
     */
    @Benchmark
    public SipMessage parse() {
        return SipMessageParser.parse(bytes);
    }

    /**
     * The validating parse used for network input.
     *
     * @return the message
     */
    @Benchmark
    public SipMessage parseStrict() {
        return SipMessageParser.parseStrict(bytes);
    }

    /**
     * Parse, then read the branch of the top Via (what a transaction lookup needs).
     *
     * @return the branch
     */
    @Benchmark
    public String parseThenTopViaBranch() {
        return SipMessageParser.parse(bytes).topVia().branch();
    }

    /**
     * Serialise an unchanged parsed message.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] serialiseUnchanged() {
        return parsed.toBytes();
    }

    /**
     * The baseline for {@link #serialiseUnchanged()}: copying the input array.
     *
     * @return the copy
     */
    @Benchmark
    public byte[] copyBaseline() {
        return bytes.clone();
    }
}
