package io.drachtio.wire;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fast random message ids in UUID version 4 format ({@code xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx},
 * 36 characters), as drachtio-srf uses. They come from {@link ThreadLocalRandom}: unique enough to
 * match replies on one connection, not meant to be unguessable.
 */
public final class MessageIds {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int LENGTH = 36;

    private MessageIds() {
    }

    /**
     * Returns a new id.
     *
     * @return a random UUID-v4-formatted string
     */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        byte[] out = new byte[LENGTH];
        hex(out, 0, high >>> 32, 8);
        out[8] = '-';
        hex(out, 9, high >>> 16, 4);
        out[13] = '-';
        hex(out, 14, high, 4);
        out[18] = '-';
        hex(out, 19, low >>> 48, 4);
        out[23] = '-';
        hex(out, 24, low, 12);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void hex(byte[] out, int start, long value, int digits) {
        long rest = value;
        for (int i = start + digits - 1; i >= start; i--) {
            out[i] = HEX[(int) (rest & 0xF)];
            rest >>>= 4;
        }
    }
}
