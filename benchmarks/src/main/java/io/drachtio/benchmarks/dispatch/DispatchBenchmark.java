package io.drachtio.benchmarks.dispatch;

import io.drachtio.benchmarks.client.RecordedFrames;
import io.drachtio.client.ClientObserver;
import io.drachtio.client.RequestHandler;
import io.drachtio.client.internal.ClientBenchmarkSupport;
import io.drachtio.spring.actuate.metrics.DrachtioClientMetrics;
import io.drachtio.spring.dispatch.SipDispatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * One request end to end through the starter: the recorded OPTIONS frame of {@code uas-options-200}
 * goes into an {@link EmbeddedChannel} wired like a real connection (the client's frame decoder,
 * message decoder and session), the client hands the request to the {@link SipDispatcher} of a real
 * application context (auto-configuration, mapping lookup, argument binding, return-value handling,
 * default answers), the handler answers {@code 200}, and the client's encoder writes the
 * {@code sip|<transactionId>|} response frame, which the benchmark reads: that is one measured operation.
 * After each operation, outside the measurement, the benchmark feeds back the server's recorded
 * confirmation of that response (with the response's message id), which ends the transaction, so
 * nothing accumulates.
 *
 * <p>{@link #handler} selects what answers:
 * <ul>
 *   <li>{@code client} — no starter: a bare {@link RequestHandler} sends {@code 200}, the yardstick
 *       of the client's own cost;</li>
 *   <li>{@code blocking} — {@code @Options int ok() { return 200; }} on the dispatcher executor; the
 *       executor runs tasks on the calling thread here, so the thread hand-off of a real pool is not
 *       in the figure ({@link ExecutorHandoffBenchmark} measures it on its own);</li>
 *   <li>{@code reactive} — {@code @Options Mono<Integer> ok() { return Mono.just(200); }}, invoked on
 *       the delivering thread as in production.</li>
 * </ul>
 * The starter's cost per request is the difference to {@code client}.
 *
 * <p>{@link #instrumentation} {@code meters} adds what an application with Actuator has: the client's
 * meters ({@link DrachtioClientMetrics} on a {@link SimpleMeterRegistry}) and, with the starter, the
 * observation of each handled request recorded as a timer. Its cost is the difference to {@code none}.
 * Run from the repository root (the trace is read from {@code ../shared}); see benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {

    /** Where the message id sits in a frame: after {@code <length>#}. */
    private static final int ID_LENGTH = 36;

    /** Which handler answers: {@code client}, {@code blocking} or {@code reactive}. */
    @Param({"client", "blocking", "reactive"})
    public String handler;

    /** {@code none}, or {@code meters}: the client's meters and the handler observation. */
    @Param({"none", "meters"})
    public String instrumentation;

    private AnnotationConfigApplicationContext context;
    private SipDispatcher dispatcher;
    private EmbeddedChannel channel;
    private byte[] optionsFrame;
    private byte[] confirmationFrame;
    private int confirmationIdOffset;
    private byte[] lastResponse;

    /**
     * Starts the application context (when the starter is measured), wires the channel and checks one
     * round trip.
     */
    @Setup
    public void setUp() {
        List<byte[]> frames = RecordedFrames.load("uas-options-200", "s2c");
        optionsFrame = frames.get(2);
        confirmationFrame = frames.get(3).clone();
        confirmationIdOffset = indexOf(confirmationFrame, "|response|") + "|response|".length();
        MeterRegistry meters = "meters".equals(instrumentation) ? new SimpleMeterRegistry() : null;
        RequestHandler requestHandler;
        if ("client".equals(handler)) {
            requestHandler = request -> request.response().send(200).subscribe();
        } else {
            context = DispatchApplication.start("reactive".equals(handler), meters);
            dispatcher = context.getBean(SipDispatcher.class);
            requestHandler = dispatcher;
        }
        channel = ClientBenchmarkSupport.clientChannel(requestHandler,
                meters == null ? ClientObserver.NOOP : new DrachtioClientMetrics(meters));
        String response = new String(respondOnce(), StandardCharsets.UTF_8);
        if (!response.contains("SIP/2.0 200 OK")) {
            throw new IllegalStateException("the handler did not answer 200: " + response);
        }
        lastResponse = response.getBytes(StandardCharsets.UTF_8);
        confirmLastResponse();
    }

    /** Checks that the dispatcher has nothing left running, then closes the channel and the context. */
    @TearDown
    public void tearDown() {
        if (dispatcher != null && dispatcher.activeCalls() != 0) {
            throw new IllegalStateException(dispatcher.activeCalls() + " Call-ID(s) still being dispatched");
        }
        channel.finishAndReleaseAll();
        if (context != null) {
            context.close();
        }
    }

    /**
     * @return the length of the response frame
     */
    @Benchmark
    public int options() {
        lastResponse = respondOnce();
        return lastResponse.length;
    }

    /** Confirms the response of the last operation, as the server would, outside the measurement. */
    @TearDown(Level.Invocation)
    public void confirmLastResponse() {
        confirm(lastResponse);
    }

    private byte[] respondOnce() {
        channel.writeInbound(Unpooled.wrappedBuffer(optionsFrame));
        ByteBuf out = channel.readOutbound();
        if (out == null) {
            throw new IllegalStateException("no response frame was written");
        }
        byte[] frame = new byte[out.readableBytes()];
        out.readBytes(frame);
        out.release();
        return frame;
    }

    private void confirm(byte[] responseFrame) {
        int idStart = indexOf(responseFrame, "#") + 1;
        byte[] confirmation = confirmationFrame.clone();
        System.arraycopy(responseFrame, idStart, confirmation, confirmationIdOffset, ID_LENGTH);
        channel.writeInbound(Unpooled.wrappedBuffer(confirmation));
    }

    private static int indexOf(byte[] frame, String marker) {
        byte[] bytes = marker.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= frame.length - bytes.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (frame[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no '" + marker + "' in the frame");
    }
}
