package io.drachtio.wire;

import static org.quicktheories.QuickTheory.qt;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random and mutated frames (byte flips, truncation, wrong length prefixes, random {@code |} fields,
 * random bytes, huge digit runs, field edits and concatenations of the recorded frames) go through
 * a real {@link FrameDecoder} pipeline with {@link ProtocolErrorHandler} and through both message
 * parsers. Only {@link DrachtioProtocolException}s may come out, the channel ends closed after an
 * error, every buffer is released, and whatever parses re-encodes to an equal message.
 */
class WireFuzzTest {

    private static final int EXAMPLES = 100_000;
    private static final int MAX_FRAME_LENGTH = 16 * 1024;
    private static final List<byte[]> CORPUS = WireTrace.loadAll().stream()
            .flatMap(trace -> trace.frames().stream()).map(WireTraceFrame::bytes).toList();
    private static final String[] TOKENS = {"response", "sip", "cdr:attempt", "cdr:start", "cdr:stop", "OK", "NO",
        "NOK", "network", "application", "udp", "", "Msg sent:", "continue", "done", "pong", "authenticate",
        "AUTHENTICATE", "route", "remove_route", "ping", "proxy", "remainInDialog", "fullResponse", "simultaneous",
        "serial", "unsolicited", "127.0.0.1", "5160", "65536", "-1", "4294967296", "05:40:00.011377",
        "99:99:99.999999", "tcp/127.0.0.1:5160,udp/[::1]:5060", "udp-x", "\r\n", "\r", "\n", "SIP/2.0 200 OK",
        "CANCEL x SIP/2.0", "é", "☎", "\u0000", "#", "12#"};

    @Test
    void onlyProtocolExceptionsEverEscape() {
        AtomicInteger checked = new AtomicInteger();
        // quicktheories runs slightly fewer checks than examples requested (some draws are reused)
        qt().withExamples(EXAMPLES + EXAMPLES / 20).withShrinkCycles(200)
                .forAll(inputs())
                .checkAssert(input -> {
                    survives(input);
                    checked.incrementAndGet();
                });
        assertThat(checked.get()).isGreaterThanOrEqualTo(EXAMPLES);
    }

    /** One fuzz case: a byte stream and where to split it into two reads. */
    record Input(byte[] bytes, int cut) {
        @Override
        public String toString() {
            return "cut " + cut + " of " + FrameText.escape(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    private static void survives(Input input) {
        List<byte[]> payloads = frameThroughPipeline(input);
        for (byte[] payload : payloads) {
            parseAsServerMessage(payload);
            parseAsClientCommand(payload);
        }
        byte[] bytes = input.bytes();
        int hash = indexOf(bytes, (byte) '#');
        byte[] rawPayload = hash < 0 ? bytes : Arrays.copyOfRange(bytes, hash + 1, bytes.length);
        if (payloads.isEmpty() || !Arrays.equals(payloads.get(0), rawPayload)) {
            // whatever follows the first '#', framed or not, is fed to the parsers too
            parseAsServerMessage(rawPayload);
            parseAsClientCommand(rawPayload);
        }
    }

    private static List<byte[]> frameThroughPipeline(Input input) {
        Recorder recorder = new Recorder();
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(MAX_FRAME_LENGTH), recorder,
                ProtocolErrorHandler.INSTANCE);
        byte[] bytes = input.bytes();
        ByteBuf first = Unpooled.wrappedBuffer(bytes, 0, input.cut());
        ByteBuf second = Unpooled.wrappedBuffer(bytes, input.cut(), bytes.length - input.cut());
        channel.writeInbound(first);
        if (channel.isOpen()) {
            channel.writeInbound(second);
        } else {
            second.release();
        }
        channel.finishAndReleaseAll();

        require(recorder.errors.size() <= 1, "at most one framing error", recorder.errors);
        for (Throwable error : recorder.errors) {
            require(error instanceof FramingException, "only FramingException from the frame decoder", error);
            require(!channel.isOpen(), "closed after a framing error", error);
        }
        assertReleased(first);
        assertReleased(second);
        return recorder.payloads;
    }

    private static void assertReleased(ByteBuf buffer) {
        // an empty slice is the shared EMPTY_BUFFER, which cannot be released (nor leak)
        require(buffer == Unpooled.EMPTY_BUFFER || buffer.refCnt() == 0, "every received buffer released", buffer);
    }

    private static void parseAsServerMessage(byte[] payload) {
        ServerMessage message;
        try {
            message = ServerMessageParser.parse(payload);
        } catch (DrachtioProtocolException expected) {
            require(expected.getClass() == DrachtioProtocolException.class, "a plain protocol exception", expected);
            return;
        }
        readEveryAccessor(message);
        ServerMessage again = ServerMessageParser.parse(ServerMessageEncoder.encode(message));
        require(again.equals(message), "re-encodes to an equal message", message);
    }

    /** Reads every typed value; the lazily parsed ones may only fail with a protocol exception. */
    private static void readEveryAccessor(ServerMessage message) {
        StringBuilder seen = new StringBuilder(message.toString());
        try {
            if (message instanceof Reply reply) {
                seen.append(reply.commandId()).append(reply.status()).append(reply.isOk()).append(reply.isContinue())
                        .append(reply.isDone()).append(reply.failureText()).append(reply.meta())
                        .append(reply.transactionId()).append(reply.dialogId()).append(reply.pong())
                        .append(reply.serverVersion()).append(reply.hostports()).append(reply.localHostports())
                        .append(reply.meta() == null ? null : reply.meta().timeOfDay());
            } else if (message instanceof SipEvent event) {
                require(!event.transactionId().isEmpty(), "a transaction id", event);
                seen.append(event.dialogId()).append(event.receivedOnAddress()).append(event.receivedOnPort())
                        .append(event.sessionToken()).append(event.isUnsolicited()).append(event.meta().timeOfDay());
            } else if (message instanceof CdrEvent cdr) {
                seen.append(cdr.kind()).append(cdr.source()).append(cdr.role()).append(cdr.reason())
                        .append(cdr.detail()).append(cdr.timeOfDay());
            }
        } catch (DrachtioProtocolException expected) {
            require(expected.getMessage() != null, "a message", expected);
        }
        require(seen.length() > 0, "values read", message);
    }

    private static void parseAsClientCommand(byte[] payload) {
        ClientCommand command;
        try {
            command = ClientCommandParser.parse(payload);
        } catch (CommandRejectedException rejected) {
            require(ServerMessageEncoder.encode(rejected.reply("r")).length > 0, "a NO reply", rejected);
            return;
        }
        ClientCommand again = ClientCommandParser.parse(ClientCommandEncoder.encode(command));
        require(again.equals(command), "re-encodes to an equal command", command);
        try {
            WireLimits.check(command);
        } catch (WireLimitExceededException refused) {
            require(!refused.limit().isEmpty(), "names the limit", refused);
        }
    }

    private static void require(boolean condition, String expectation, Object subject) {
        if (!condition) {
            throw new AssertionError("expected " + expectation + ": " + subject);
        }
    }

    /** Records what the frame decoder emits and every exception, then passes exceptions on. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {

        final List<byte[]> payloads = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf payload = (ByteBuf) msg;
            payloads.add(ByteBufUtil.getBytes(payload));
            payload.release();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.add(cause);
            ctx.fireExceptionCaught(cause);
        }
    }

    private static Gen<Input> inputs() {
        return in -> {
            byte[] bytes = mutate(in);
            return new Input(bytes, (int) in.next(Constraint.between(0, bytes.length)));
        };
    }

    private static byte[] mutate(RandomnessSource in) {
        byte[] base = CORPUS.get(pick(in, CORPUS.size()));
        return switch (pick(in, 9)) {
            case 0 -> flipBytes(in, base);
            case 1 -> Arrays.copyOf(base, pick(in, base.length + 1));
            case 2 -> wrongLengthPrefix(in, base);
            case 3 -> frame(randomFields(in));
            case 4 -> randomBytes(in, pick(in, 300));
            case 5 -> hugeDigitRun(in);
            case 6 -> frame(editFields(in, base));
            case 7 -> concat(base, CORPUS.get(pick(in, CORPUS.size())), flipBytes(in, CORPUS.get(pick(in, CORPUS.size()))));
            default -> base;
        };
    }

    private static byte[] flipBytes(RandomnessSource in, byte[] base) {
        byte[] copy = base.clone();
        int flips = 1 + pick(in, 8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[pick(in, copy.length)] = (byte) pick(in, 256);
        }
        return copy;
    }

    private static byte[] wrongLengthPrefix(RandomnessSource in, byte[] base) {
        byte[] payload = Arrays.copyOfRange(base, indexOf(base, (byte) '#') + 1, base.length);
        String prefix = switch (pick(in, 5)) {
            case 0 -> Integer.toString(Math.max(1, payload.length + pick(in, 11) - 5));
            case 1 -> "0";
            case 2 -> "00" + payload.length;
            case 3 -> "";
            default -> Long.toString(in.next(Constraint.between(0, Long.MAX_VALUE)));
        };
        return concat(prefix.getBytes(StandardCharsets.US_ASCII), new byte[] {'#'}, payload);
    }

    private static String randomFields(RandomnessSource in) {
        StringBuilder payload = new StringBuilder();
        int count = 1 + pick(in, 16);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                payload.append('|');
            }
            payload.append(pick(in, 4) == 0 ? randomText(in) : TOKENS[pick(in, TOKENS.length)]);
        }
        if (pick(in, 2) == 0) {
            payload.append("\r\n").append(randomText(in));
        }
        return payload.toString();
    }

    private static String editFields(RandomnessSource in, byte[] base) {
        String frame = new String(base, StandardCharsets.UTF_8);
        String payload = frame.substring(frame.indexOf('#') + 1);
        int lineEnd = payload.indexOf("\r\n");
        String rest = lineEnd < 0 ? "" : payload.substring(lineEnd);
        List<String> fields = new ArrayList<>(Arrays.asList((lineEnd < 0 ? payload : payload.substring(0, lineEnd)).split("\\|", -1)));
        int at = pick(in, fields.size());
        String token = TOKENS[pick(in, TOKENS.length)];
        switch (pick(in, 4)) {
            case 0 -> fields.set(at, token);
            case 1 -> fields.remove(at);
            case 2 -> fields.add(at, token);
            default -> fields.set(at, randomText(in));
        }
        return String.join("|", fields) + rest;
    }

    private static byte[] hugeDigitRun(RandomnessSource in) {
        StringBuilder digits = new StringBuilder();
        int count = 6 + pick(in, 40);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + pick(in, 10)));
        }
        if (pick(in, 2) == 0) {
            digits.append("#x|ping");
        }
        return digits.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String randomText(RandomnessSource in) {
        StringBuilder text = new StringBuilder();
        int length = pick(in, 12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(pick(in, 8) == 0 ? 0x80 + pick(in, 0x3000) : pick(in, 0x80));
        }
        return text.toString();
    }

    private static byte[] randomBytes(RandomnessSource in, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) pick(in, 256);
        }
        return bytes;
    }

    private static byte[] frame(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return concat((bytes.length + "#").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int pick(RandomnessSource in, int bound) {
        return bound <= 1 ? 0 : (int) in.next(Constraint.between(0, bound - 1));
    }
}
