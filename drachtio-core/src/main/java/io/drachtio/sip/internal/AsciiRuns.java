package io.drachtio.sip.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds where a run of characters of one {@link CharClasses class} ends, eight bytes at a time
 * while they are letters, digits, {@code -} or {@code .} (most of a host name, a branch, a tag or a
 * Call-ID), then one byte at a time with the class's table. Gives the same index as a plain loop
 * over {@link CharClasses} would, with a fraction of the branches.
 */
public final class AsciiRuns {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long CASE_BITS = 0x2020202020202020L;

    private AsciiRuns() {
    }

    /**
     * Skips host-name characters (letters, digits, {@code -}, {@code .}).
     *
     * @param bytes the text
     * @param from the first index to look at
     * @param end the index to stop at
     * @return the index of the first byte from {@code from} not in the class, or {@code end}
     */
    public static int skipHost(byte[] bytes, int from, int end) {
        return skipAlphanumericDashDot(bytes, from, end);
    }

    /**
     * Skips token characters (RFC 3261 §25.1 {@code token}).
     *
     * @param bytes the text
     * @param from the first index to look at
     * @param end the index to stop at
     * @return the index of the first byte from {@code from} not in the class, or {@code end}
     */
    public static int skipToken(byte[] bytes, int from, int end) {
        int i = skipAlphanumericDashDot(bytes, from, end);
        while (i < end && CharClasses.isToken(bytes[i])) {
            i = skipAlphanumericDashDot(bytes, i + 1, end);
        }
        return i;
    }

    /**
     * Skips the characters of an unquoted parameter value ({@link CharClasses#isParamValue(byte)}).
     *
     * @param bytes the text
     * @param from the first index to look at
     * @param end the index to stop at
     * @return the index of the first byte from {@code from} not in the class, or {@code end}
     */
    public static int skipParamValue(byte[] bytes, int from, int end) {
        int i = skipAlphanumericDashDot(bytes, from, end);
        while (i < end && CharClasses.isParamValue(bytes[i])) {
            i = skipAlphanumericDashDot(bytes, i + 1, end);
        }
        return i;
    }

    private static int skipAlphanumericDashDot(byte[] bytes, int from, int end) {
        int i = from;
        while (end - i >= Long.BYTES) {
            long outside = outsideAlphanumericDashDot((long) EIGHT_BYTES.get(bytes, i));
            if (outside != 0) {
                return i + (Long.numberOfTrailingZeros(outside) >>> 3);
            }
            i += Long.BYTES;
        }
        while (i < end && CharClasses.isHost(bytes[i])) {
            i++;
        }
        return i;
    }

    /**
     * Marks, with its high bit, each of the eight bytes that is not a letter, digit, {@code -} or
     * {@code .}. A byte is in a range [lo, hi] when {@code b + (0x80 - lo)} reaches 0x80 and
     * {@code b + (0x7f - hi)} does not; with the high bits cleared first no sum carries into the
     * next byte, and bytes from 0x80 are outside by the last step.
     */
    private static long outsideAlphanumericDashDot(long word) {
        long ascii = word & ~HIGH_BITS;
        long lowerCase = ascii | CASE_BITS;
        long inside = inRange(ascii, '0', '9') | inRange(lowerCase, 'a', 'z') | inRange(ascii, '-', '.');
        return ~(inside & ~word) & HIGH_BITS;
    }

    private static long inRange(long ascii, int low, int high) {
        return ascii + repeat(0x80 - low) & ~(ascii + repeat(0x7f - high));
    }

    private static long repeat(int b) {
        return b * 0x0101010101010101L;
    }
}
