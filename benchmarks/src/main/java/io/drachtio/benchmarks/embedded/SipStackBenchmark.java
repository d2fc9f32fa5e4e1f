package io.drachtio.benchmarks.embedded;

import io.drachtio.embedded.sip.SipCore;
import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.time.VirtualScheduler;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.InboundProcessor;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.MalformedMessageHandler;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.drachtio.sip.SipResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The embedded SIP stack's per-message cost without sockets: bytes in → strict parse → Via stamping →
 * transaction matching/creation → UA core → test TU answer → responses serialised by the (discarding)
 * transport. Timers run on a virtual clock that each iteration moves past 64×T1 so that every
 * transaction ends.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SipStack -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SipStackBenchmark {

    private static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 5061);
    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 5060);

    private static final byte[] OPTIONS = message(
            "OPTIONS sip:service@127.0.0.1:5060 SIP/2.0",
            "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-bench-options",
            "From: <sip:alice@127.0.0.1:5061>;tag=alice",
            "To: <sip:service@127.0.0.1:5060>",
            "Call-ID: bench-options@127.0.0.1",
            "CSeq: 1 OPTIONS",
            "Max-Forwards: 70",
            "Content-Length: 0");
    private static final String SDP = "v=0\r\no=- 1000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 40000 RTP/AVP 0\r\n";
    private static final byte[] INVITE = (new String(message(
            "INVITE sip:service@127.0.0.1:5060 SIP/2.0",
            "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-bench-invite",
            "From: \"Alice\" <sip:alice@127.0.0.1:5061>;tag=alice",
            "To: <sip:service@127.0.0.1:5060>",
            "Call-ID: bench-call@127.0.0.1",
            "CSeq: 1 INVITE",
            "Contact: <sip:alice@127.0.0.1:5061>",
            "Max-Forwards: 70",
            "Content-Type: application/sdp",
            "Content-Length: " + SDP.length()), StandardCharsets.UTF_8) + SDP).getBytes(StandardCharsets.UTF_8);
    private static final String LOCAL_TAG = "benchLocalTag";
    private static final byte[] ACK = inDialog("ACK", "z9hG4bK-bench-ack", 1);
    private static final byte[] BYE = inDialog("BYE", "z9hG4bK-bench-bye", 2);

    private VirtualScheduler clock;
    private InboundProcessor inbound;
    private long sent;

    private static byte[] message(String... lines) {
        return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] inDialog(String method, String branch, int cseq) {
        return message(method + " sip:service@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: \"Alice\" <sip:alice@127.0.0.1:5061>;tag=alice",
                "To: <sip:service@127.0.0.1:5060>;tag=" + LOCAL_TAG,
                "Call-ID: bench-call@127.0.0.1",
                "CSeq: " + cseq + " " + method,
                "Max-Forwards: 70",
                "Content-Length: 0");
    }

    /** Builds the stack with a transport that serialises and discards, and a TU that answers at once. */
    @Setup
    public void setUp() {
        clock = new VirtualScheduler();
        MessageSender discard = (message, destination) -> {
            sent += message.toBytes().length;
            return CompletableFuture.completedFuture(null);
        };
        SipCore[] core = new SipCore[1];
        core[0] = new SipCore(clock, discard, new LocalEndpoint("127.0.0.1", 5060, 5060), TimerSettings.DEFAULT,
                Runnable::run, new AnsweringUser(core));
        inbound = new InboundProcessor(core[0].inbound(), new MalformedMessageHandler(discard, new IdGenerator()));
    }

    /** OPTIONS in, 200 out; the transaction ends after 64×T1. */
    @Benchmark
    public long optionsAnswered() {
        inbound.process(OPTIONS, Transport.UDP, PEER, LOCAL);
        clock.advance(40_000);
        return sent;
    }

    /** INVITE with SDP → 100, 200 with SDP; ACK; BYE → 200: a whole call through the UAS core. */
    @Benchmark
    public long callAnsweredAndEnded() {
        inbound.process(INVITE, Transport.UDP, PEER, LOCAL);
        inbound.process(ACK, Transport.UDP, PEER, LOCAL);
        inbound.process(BYE, Transport.UDP, PEER, LOCAL);
        clock.advance(40_000);
        return sent;
    }

    /** Answers OPTIONS and BYE 200, INVITE 200 with SDP and a fixed To-tag. */
    private static final class AnsweringUser implements TransactionUser {
        private final SipCore[] core;

        private AnsweringUser(SipCore[] core) {
            this.core = core;
        }

        @Override
        public void onRequest(ServerTransaction transaction, Dialog dialog) {
            SipResponse response = SipResponse.forRequest(transaction.request(), 200);
            if (transaction.request().method().equals("INVITE")) {
                response.headers().set("To", response.header("To") + ";tag=" + LOCAL_TAG);
                response.headers().add("Content-Type", "application/sdp");
                response.setBody(SDP);
            }
            core[0].respond(transaction, response);
        }

        @Override
        public void onAck(ServerTransaction invite, Dialog dialog, ReceivedMessage ack) {
            // nothing to do: the call is up
        }

        @Override
        public void onCancel(ServerTransaction invite, ReceivedMessage cancel) {
            // not part of the benchmark
        }

        @Override
        public void onAckTimeout(ServerTransaction invite, Dialog dialog) {
            throw new IllegalStateException("the benchmark always ACKs");
        }

        @Override
        public void onDialogTerminated(Dialog dialog, DialogTerminationReason reason) {
            // the BYE ends each call
        }
    }
}
