package io.drachtio.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scans stop exactly where a byte-by-byte loop over the class tables stops. */
class AsciiRunsTest {

    private interface Scan {
        int skip(byte[] bytes, int from, int end);
    }

    @Test
    void everyByteValueAtEveryPositionEndsARunWhereTheTableSays() {
        for (int length = 0; length <= 20; length++) {
            for (int position = 0; position < length; position++) {
                for (int value = 0; value < 256; value++) {
                    byte[] bytes = new byte[length];
                    Arrays.fill(bytes, (byte) 'a');
                    bytes[position] = (byte) value;
                    for (int from = 0; from <= Math.min(2, length); from++) {
                        checkAll(bytes, from, length);
                        checkAll(bytes, from, Math.max(from, length - 1));
                    }
                }
            }
        }
    }

    @Test
    void randomTextOfSipCharactersEndsRunsWhereTheTableSays() {
        byte[] alphabet = "aZ09-._!%*+`'~[]:;=,\"<> \t\r\n/@?&$#\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Random random = new Random(4475);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)]
                        : (byte) "abcXYZ0189.-".charAt(random.nextInt(12));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            checkAll(bytes, from, from + random.nextInt(bytes.length - from + 1));
        }
    }

    private static void checkAll(byte[] bytes, int from, int end) {
        check(AsciiRuns::skipHost, b -> CharClasses.isHost((byte) b), bytes, from, end);
        check(AsciiRuns::skipToken, b -> CharClasses.isToken((byte) b), bytes, from, end);
        check(AsciiRuns::skipParamValue, b -> CharClasses.isParamValue((byte) b), bytes, from, end);
    }

    private static void check(Scan scan, IntPredicate inClass, byte[] bytes, int from, int end) {
        int expected = from;
        while (expected < end && inClass.test(bytes[expected])) {
            expected++;
        }
        assertThat(scan.skip(bytes, from, end)).as("%s from %d to %d", Arrays.toString(bytes), from, end)
                .isEqualTo(expected);
    }
}
