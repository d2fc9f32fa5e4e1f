package io.drachtio.benchmarks.wire;

import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.ClientCommandEncoder;
import io.drachtio.wire.ClientCommandParser;
import io.drachtio.wire.FrameDecoder;
import io.drachtio.wire.MessageIds;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ServerMessage;
import io.drachtio.wire.ServerMessageDecoder;
import io.drachtio.wire.ServerMessageEncoder;
import io.drachtio.wire.ServerMessageParser;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import io.drachtio.wire.WireLimits;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the wire codec on the client's hot path: parsing a big incoming INVITE event and a
 * response-sent reply, encoding a SIP command, cutting a stream of frames and turning them into
 * messages, and making message ids. The messages are laid out like the recorded ones (a 6.6 KB
 * INVITE with UTF-8 as in the {@code big-message} trace).
 *
 * <p>Run: {@code ./mvnw -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar WireCodecBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WireCodecBenchmark {

    private static final int STREAM_FRAMES = 20;

    private final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
    private ByteBuf invitePayload;
    private ByteBuf replyPayload;
    private ByteBuf commandPayload;
    private ByteBuf stream;
    private ClientCommand response;
    private EmbeddedChannel channel;

    /** Builds the messages and the frame stream. */
    @Setup
    public void setUp() {
        StringBuilder invite = new StringBuilder("INVITE sip:1000@127.0.0.1:5160 SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:5161;branch=z9hG4bK-380-1-0;rport=5161\r\n")
                .append("From: \"Zoë Ærø\" <sip:sipp@127.0.0.1:5161>;tag=380SIPpTag001\r\n")
                .append("To: <sip:1000@127.0.0.1:5160>\r\nCall-ID: 1-380@127.0.0.1\r\nCSeq: 1 INVITE\r\n")
                .append("Content-Type: application/sdp\r\n\r\nv=0\r\n");
        while (invite.length() < 6_400) {
            invite.append("a=fmtp:101 0-15 ☎\r\n");
        }
        byte[] inviteSip = invite.toString().getBytes(StandardCharsets.UTF_8);
        MessageMeta network = new MessageMeta(Source.NETWORK, inviteSip.length, "udp", "127.0.0.1", 5161, "05:47:17.435309");
        SipEvent event = SipEvent.newRequest(MessageIds.next(), network, MessageIds.next(), "127.0.0.1", 5160, inviteSip);
        invitePayload = Unpooled.wrappedBuffer(ServerMessageEncoder.encode(event));

        byte[] okSip = ("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5161;branch=z9hG4bK-380-1-0;rport=5161\r\n"
                + "From: <sip:sipp@127.0.0.1:5161>;tag=380SIPpTag001\r\nTo: <sip:1000@127.0.0.1:5160>;tag=abc\r\n"
                + "Call-ID: 1-380@127.0.0.1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        MessageMeta sent = new MessageMeta(Source.APPLICATION, okSip.length, "udp", "127.0.0.1", 5161, "05:47:17.449798");
        Reply reply = Reply.responseSent(MessageIds.next(), MessageIds.next(), sent, event.transactionId(),
                "1-380@127.0.0.1;from-tag=380SIPpTag001", okSip);
        replyPayload = Unpooled.wrappedBuffer(ServerMessageEncoder.encode(reply));

        response = new SipCommand(MessageIds.next(), event.transactionId(), null, null, okSip);
        commandPayload = Unpooled.wrappedBuffer(ClientCommandEncoder.encode(response));

        stream = Unpooled.buffer();
        for (int i = 0; i < STREAM_FRAMES; i++) {
            ByteBuf payload = i % 4 == 0 ? invitePayload : replyPayload;
            stream.writeCharSequence(payload.readableBytes() + "#", StandardCharsets.US_ASCII);
            stream.writeBytes(payload, payload.readerIndex(), payload.readableBytes());
        }
        channel = new EmbeddedChannel(new FrameDecoder(WireLimits.DEFAULT_MAX_FRAME_LENGTH), ServerMessageDecoder.INSTANCE);
    }

    /** Releases the channel. */
    @TearDown
    public void tearDown() {
        channel.finishAndReleaseAll();
    }

    /**
     * Parses a 6.6 KB incoming INVITE event.
     *
     * @return the event
     */
    @Benchmark
    public ServerMessage parseInviteEvent() {
        return ServerMessageParser.parse(invitePayload);
    }

    /**
     * Parses an R2 reply (200 OK sent) with its meta block.
     *
     * @return the reply
     */
    @Benchmark
    public ServerMessage parseResponseSentReply() {
        return ServerMessageParser.parse(replyPayload);
    }

    /**
     * Parses a client's {@code sip} command (server side).
     *
     * @return the command
     */
    @Benchmark
    public ClientCommand parseSipCommand() {
        return ClientCommandParser.parse(commandPayload);
    }

    /**
     * Checks the limits of a {@code sip} command and encodes it into a pooled buffer.
     *
     * @return the payload size
     */
    @Benchmark
    public int checkAndEncodeSipCommand() {
        WireLimits.check(response);
        ByteBuf payload = ClientCommandEncoder.encode(response, alloc);
        int size = payload.readableBytes();
        payload.release();
        return size;
    }

    /**
     * Cuts a stream of 20 frames (5 big INVITE events, 15 replies) arriving in one read and turns
     * them into messages, through a real {@link FrameDecoder} and {@link ServerMessageDecoder}.
     *
     * @param blackhole sink for the messages
     */
    @Benchmark
    public void decodeStreamOf20Frames(Blackhole blackhole) {
        channel.writeInbound(stream.retainedDuplicate());
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            blackhole.consume(message);
        }
    }

    /**
     * Makes a message id.
     *
     * @return the id
     */
    @Benchmark
    public String messageId() {
        return MessageIds.next();
    }
}
