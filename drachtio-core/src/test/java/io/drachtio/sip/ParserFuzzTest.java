package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Feeds generated and mutated messages into {@code parse}, {@code parseStrict} and every parsed
 * view: whatever the input, only {@link SipParseException} may escape, a parsed message serialises
 * back to a prefix of its input, and rendered views parse again.
 */
class ParserFuzzTest {

    private static final int MUTATED_EXAMPLES = 100_000;
    private static final String[] SNIPPETS = {"\r\n", "\r\n ", "\n", " ", "\t", "%", "%0", "%00", "\"", "\\", "<", ">",
        ";", ",", "=", ":", "@", "[", "]", "[::1]", "/", "?", "*", "99999999999999999999", "-1", "4294967296",
        "2147483648", "SIP/2.0", "sip:", "tel:", "Content-Length: ", "l: 99999", ";tag=", ";branch=", ";rport=",
        "boundary=", "--", "\u00ff", "\u0000"};
    private static final String[] HEADER_NAMES = {"Via", "v", "To", "t", "From", "f", "Call-ID", "i", "CSeq",
        "Contact", "m", "Content-Length", "l", "Content-Type", "c", "Max-Forwards", "Expires", "RSeq", "RAck",
        "Route", "Record-Route", "Refer-To", "r", "P-Asserted-Identity", "WWW-Authenticate", "Proxy-Authenticate",
        "Authorization", "Proxy-Authorization", "Date", "X-Custom", "Bad Name", ""};

    private static final List<byte[]> SEEDS = seeds();

    private final AtomicInteger inputs = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger strictlyParsed = new AtomicInteger();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        SharedData.messages().forEach(m -> seeds.add(m.bytes()));
        SharedData.tortureCases().forEach(c -> seeds.add(c.bytes()));
        SharedData.wireTraceMessages().forEach(m -> seeds.add(m.bytes()));
        seeds.add(("SIP/2.0 200 OK\r\nContent-Type: multipart/mixed;boundary=b\r\nContent-Length: 40\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--").getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    @Test
    void everyTruncationOfEverySeedIsHandled() {
        for (byte[] seed : SEEDS) {
            for (int length = 0; length <= seed.length; length++) {
                check(Arrays.copyOf(seed, length));
            }
        }
        assertThat(inputs.get()).isGreaterThan(10_000);
    }

    @Test
    void mutatedMessagesOnlyEverThrowSipParseException() {
        qt().withFixedSeed(4475L)
                .withExamples(MUTATED_EXAMPLES)
                .withShrinkCycles(20)
                .forAll(longs().all())
                .checkAssert(seed -> check(mutate(new Random(seed))));
        assertThat(inputs.get()).isGreaterThanOrEqualTo(MUTATED_EXAMPLES);
        assertThat(parsed.get()).as("mutants framed by parse").isGreaterThan(MUTATED_EXAMPLES / 10);
        assertThat(strictlyParsed.get()).as("mutants accepted by parseStrict").isGreaterThan(MUTATED_EXAMPLES / 100);
        System.out.printf("fuzz: %d inputs, %d framed by parse, %d accepted by parseStrict%n", inputs.get(),
                parsed.get(), strictlyParsed.get());
    }

    private static byte[] mutate(Random random) {
        byte[] bytes = SEEDS.get(random.nextInt(SEEDS.size()));
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            bytes = switch (random.nextInt(8)) {
                case 0 -> flipByte(bytes, random);
                case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                case 2 -> insert(bytes, random.nextInt(bytes.length + 1), snippet(random));
                case 3 -> editLines(bytes, random, true);
                case 4 -> editLines(bytes, random, false);
                case 5 -> insertHeaderLine(bytes, random);
                case 6 -> hugeNumber(bytes, random);
                default -> insert(bytes, random.nextInt(bytes.length + 1), randomBytes(random));
            };
        }
        return bytes;
    }

    private static byte[] flipByte(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        byte[] snippet = snippet(random);
        copy[random.nextInt(copy.length)] = random.nextBoolean() && snippet.length > 0 ? snippet[0]
                : (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] snippet(Random random) {
        return SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(8)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    /** Duplicates or removes one line (a line ends with LF). */
    private static byte[] editLines(byte[] bytes, Random random, boolean duplicate) {
        List<Integer> starts = lineStarts(bytes);
        int index = random.nextInt(starts.size());
        int start = starts.get(index);
        int end = index + 1 < starts.size() ? starts.get(index + 1) : bytes.length;
        byte[] line = Arrays.copyOfRange(bytes, start, end);
        if (duplicate) {
            return insert(bytes, end, line);
        }
        byte[] out = new byte[bytes.length - line.length];
        System.arraycopy(bytes, 0, out, 0, start);
        System.arraycopy(bytes, end, out, start, bytes.length - end);
        return out;
    }

    private static byte[] insertHeaderLine(byte[] bytes, Random random) {
        StringBuilder value = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            value.append(random.nextInt(3) == 0 ? "x" : SNIPPETS[random.nextInt(SNIPPETS.length)]);
        }
        String line = HEADER_NAMES[random.nextInt(HEADER_NAMES.length)] + ": " + value + "\r\n";
        List<Integer> starts = lineStarts(bytes);
        return insert(bytes, starts.get(random.nextInt(starts.size())), line.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hugeNumber(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length + 1);
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] >= '0' && bytes[i] <= '9') {
                String[] numbers = {"99999999999999999999999", "4294967296", "2147483648", "-5", "0", "65536"};
                return insert(bytes, i, numbers[random.nextInt(numbers.length)].getBytes(StandardCharsets.US_ASCII));
            }
        }
        return bytes;
    }

    private static List<Integer> lineStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private void check(byte[] input) {
        inputs.incrementAndGet();
        SipMessage lenient = parseOrNull(() -> SipMessageParser.parse(input));
        if (lenient != null) {
            parsed.incrementAndGet();
            assertThat(isSliceOf(lenient.toBytes(), input)).as("serialised message is the parsed part of the input")
                    .isTrue();
            readEverything(lenient);
            lenient.headers().add("X-Fuzz", "1");
            assertThat(SipMessageParser.parse(lenient.toBytes()).header("X-Fuzz")).isEqualTo("1");
        }
        SipMessage strict = parseOrNull(() -> SipMessageParser.parseStrict(input));
        if (strict != null) {
            strictlyParsed.incrementAndGet();
            assertThat(lenient).isNotNull();
            readEverything(strict);
            assertThat(NameAddress.parse(strict.from().toString()).toString()).isEqualTo(strict.from().toString());
            for (Via via : strict.vias()) {
                assertThat(Via.parse(via.toString()).toString()).isEqualTo(via.toString());
            }
        }
    }

    /** Tells whether {@code part} is {@code input} after its leading empty lines, possibly cut short. */
    private static boolean isSliceOf(byte[] part, byte[] input) {
        int skip = 0;
        while (skip < input.length && (input[skip] == '\r' || input[skip] == '\n')) {
            skip++;
        }
        return part.length <= input.length - skip
                && Arrays.equals(part, 0, part.length, input, skip, skip + part.length);
    }

    private static SipMessage parseOrNull(Supplier<SipMessage> parser) {
        try {
            return parser.get();
        } catch (SipParseException e) {
            assertWellFormed(e);
            return null;
        }
    }

    private static void readEverything(SipMessage message) {
        List<Supplier<Object>> reads = new ArrayList<>(List.of(message::callId, message::cseq, message::from,
                message::to, message::vias, message::topVia, message::contacts, message::routes, message::recordRoutes,
                message::referTo, message::pAssertedIdentities, message::contentType, message::maxForwards,
                message::expires, message::rseq, message::rack, message::wwwAuthenticate, message::proxyAuthenticate,
                message::authorization, message::proxyAuthorization, message::multipartBody, message::body,
                message::bodyAsString, message::toString, message::sipVersion));
        if (message instanceof SipRequest request) {
            reads.add(request::method);
            reads.add(request::requestUri);
            reads.add(request::uri);
        } else {
            reads.add(((SipResponse) message)::reason);
        }
        for (SipHeader header : message.headers()) {
            reads.add(() -> message.headerValues(header.name()));
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        for (Supplier<Object> read : reads) {
            try {
                sink.writeBytes(String.valueOf(read.get()).getBytes(StandardCharsets.UTF_8));
            } catch (SipParseException e) {
                assertWellFormed(e);
            }
        }
        assertThat(sink.size()).isPositive();
    }

    private static void assertWellFormed(SipParseException e) {
        assertThat(e.reason()).isNotBlank();
        assertThat(e.getMessage()).startsWith("Invalid ");
        assertThat(e.offset()).isGreaterThanOrEqualTo(-1);
    }
}
