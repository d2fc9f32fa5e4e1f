package io.drachtio.benchmarks.observability;

import io.drachtio.benchmarks.client.RecordedFrames;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.internal.ClientBenchmarkSupport;
import io.drachtio.spring.actuate.metrics.DrachtioClientMetrics;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.drachtio.spring.observation.HandledRequest;
import io.drachtio.spring.observation.SipRequestObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What observability costs per request, piece by piece, on a real delivered INVITE (the recorded frame of
 * {@code uas-invite-cancel-early}):
 * <ul>
 *   <li>{@link #mdcOnly}: what the dispatcher does for every request without an observation registry —
 *       start, enter twice (filters, handler) with the MDC values, stop;</li>
 *   <li>{@link #observed}: the same with an {@link ObservationRegistry} whose only handler records the
 *       {@code drachtio.handler} timer on a {@link SimpleMeterRegistry} (what Actuator configures);</li>
 *   <li>{@link #clientMeters}: the observer hooks {@link DrachtioClientMetrics} gets for one answered
 *       request — two frames in, one out, the request received, the response sent.</li>
 * </ul>
 * Run from the repository root (the trace is read from {@code ../shared}); see benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ObservabilityBenchmark {

    private EmbeddedChannel channel;
    private IncomingRequest invite;
    private SipHandlerMapping mapping;
    private SipRequestObservations withoutRegistry;
    private SipRequestObservations withTimer;
    private DrachtioClientMetrics metrics;

    /** Delivers the recorded INVITE once and prepares the observations and the meters. */
    @Setup
    public void setUp() throws NoSuchMethodException {
        IncomingRequest[] delivered = new IncomingRequest[1];
        channel = ClientBenchmarkSupport.clientChannel(request -> delivered[0] = request);
        List<byte[]> frames = RecordedFrames.load("uas-invite-cancel-early", "s2c");
        channel.writeInbound(Unpooled.wrappedBuffer(frames.get(2)));
        invite = delivered[0];
        if (invite == null) {
            throw new IllegalStateException("the recorded INVITE was not delivered");
        }
        mapping = new SipHandlerMapping("calls", ObservabilityBenchmark.class,
                ObservabilityBenchmark.class.getMethod("observed"), Set.of("INVITE"), List.of(), 0);
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        withoutRegistry = SipRequestObservations.mdcOnly();
        withTimer = new SipRequestObservations(registry, null);
        metrics = new DrachtioClientMetrics(meters);
    }

    /** Releases the channel. */
    @TearDown
    public void tearDown() {
        channel.finishAndReleaseAll();
    }

    /** @return the handled request (stopped) */
    @Benchmark
    public HandledRequest mdcOnly() {
        return handle(withoutRegistry);
    }

    /** @return the handled request (stopped) */
    @Benchmark
    public HandledRequest observed() {
        return handle(withTimer);
    }

    /** @return the observer */
    @Benchmark
    public DrachtioClientMetrics clientMeters() {
        metrics.frameReceived("benchmark", 600);
        metrics.requestReceived(invite);
        metrics.frameSent("benchmark", 300);
        metrics.frameReceived("benchmark", 500);
        metrics.responseSent(invite, 200);
        return metrics;
    }

    private HandledRequest handle(SipRequestObservations observations) {
        HandledRequest handled = observations.start(invite, mapping);
        try (HandledRequest.Scope filters = handled.enter()) {
            try (HandledRequest.Scope handler = handled.enter()) {
                handled.stop();
            }
        }
        return handled;
    }
}
