package io.drachtio.benchmarks.client;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.internal.ClientBenchmarkSupport;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.MessageIds;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.WirePipeline;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
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
 * The client's two hot paths, on an embedded channel with the real pipeline (no sockets):
 * <ul>
 *   <li>{@link #deliverInvite}: the recorded INVITE frame of {@code uas-invite-cancel-early} (588 bytes)
 *       through the frame decoder, the message decoder and the session into an {@link IncomingRequest}
 *       handed to the request handler; then the recorded CANCEL frame for it (410 bytes), which releases
 *       the transaction so that memory stays flat. One operation = both frames.</li>
 *   <li>{@link #encodeOkResponse}: the 200 OK to that INVITE built as the response channel builds it
 *       (Call-ID, CSeq, From, To copied, Content-Length last) and encoded as a {@code sip} command frame
 *       by the client's encoders.</li>
 * </ul>
 * Run from the repository root (the recorded trace is read from {@code ../shared}); see
 * benchmarks/README.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientBenchmark {

    private byte[] inviteFrame;
    private byte[] cancelFrame;
    private EmbeddedChannel receiving;
    private EmbeddedChannel sending;
    private IncomingRequest invite;
    private IncomingRequest lastDelivered;

    /** Loads the recorded frames and sets up both channels. */
    @Setup
    public void setUp() {
        List<byte[]> frames = RecordedFrames.load("uas-invite-cancel-early", "s2c");
        inviteFrame = frames.get(2);
        cancelFrame = frames.get(3);
        receiving = ClientBenchmarkSupport.clientChannel(request -> lastDelivered = request);
        deliverInvite();
        invite = lastDelivered;
        sending = new EmbeddedChannel();
        WirePipeline.client(sending.pipeline(), 1 << 20);
    }

    /** Closes the channels. */
    @TearDown
    public void tearDown() {
        receiving.finishAndReleaseAll();
        sending.finishAndReleaseAll();
    }

    /**
     * @return the delivered request
     */
    @Benchmark
    public IncomingRequest deliverInvite() {
        receiving.writeInbound(Unpooled.wrappedBuffer(inviteFrame));
        IncomingRequest delivered = lastDelivered;
        receiving.writeInbound(Unpooled.wrappedBuffer(cancelFrame));
        return delivered;
    }

    /**
     * @return the number of bytes of the encoded frame
     */
    @Benchmark
    public int encodeOkResponse() {
        SipResponse ok = ClientBenchmarkSupport.response(invite.message(), 200);
        sending.writeOutbound(new SipCommand(MessageIds.next(), invite.transactionId(), null, null, ok.toBytes()));
        int bytes = 0;
        for (Object out = sending.readOutbound(); out != null; out = sending.readOutbound()) {
            ByteBuf buffer = (ByteBuf) out;
            bytes += buffer.readableBytes();
            buffer.release();
        }
        return bytes;
    }
}
