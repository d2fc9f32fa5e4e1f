package io.drachtio.testserver.stack;

import java.util.Random;

/**
 * The random identifiers the emulated server generates, in the formats of the real one: tags and
 * Via branches with 13 alphanumerics, proxy branches with a UUID, UUID-like Call-IDs and ids,
 * 9-digit CSeq numbers and 10-digit RSeq start values. Not thread-safe: the server uses it from
 * its event loop only.
 */
public final class Tokens {

    /** The magic cookie every RFC 3261 branch starts with. */
    public static final String BRANCH_COOKIE = "z9hG4bK";

    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Random random;

    /**
     * Creates a generator.
     *
     * @param random the source of randomness (seed it for reproducible runs)
     */
    public Tokens(Random random) {
        this.random = random;
    }

    /**
     * Returns a new tag for a From or To header.
     *
     * @return 13 alphanumerics
     */
    public String tag() {
        return alphanumeric(13);
    }

    /**
     * Returns a new branch for a Via the server's SIP stack writes.
     *
     * @return {@code z9hG4bK} and 13 alphanumerics
     */
    public String branch() {
        return BRANCH_COOKIE + alphanumeric(13);
    }

    /**
     * Returns a new branch for a request the server forwards as a proxy.
     *
     * @return {@code z9hG4bK} and a UUID
     */
    public String proxyBranch() {
        return BRANCH_COOKIE + uuid();
    }

    /**
     * Returns a new branch for a request the server relays statelessly (record-routed dialogs).
     *
     * @return {@code z9hG4bK.} and 26 alphanumerics
     */
    public String statelessBranch() {
        return BRANCH_COOKIE + "." + alphanumeric(26);
    }

    /**
     * Returns a new UUID-like identifier (Call-IDs, transaction ids, message ids).
     *
     * @return 36 characters {@code xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx}, lower-case hex
     */
    public String uuid() {
        char[] out = new char[36];
        for (int i = 0; i < 36; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        out[8] = '-';
        out[13] = '-';
        out[18] = '-';
        out[23] = '-';
        out[14] = '4';
        out[19] = HEX[8 + random.nextInt(4)];
        return new String(out);
    }

    /**
     * Returns a new CSeq start number.
     *
     * @return a 9-digit number
     */
    public long cseq() {
        return 100_000_000L + random.nextInt(900_000_000);
    }

    /**
     * Returns a new RSeq start value for reliable provisional responses.
     *
     * @return a 10-digit number below 2^31
     */
    public long rseq() {
        return 1_000_000_000L + random.nextInt(1_000_000_000);
    }

    /**
     * Returns a new nonce for a digest challenge.
     *
     * @return 32 lower-case hex digits
     */
    public String nonce() {
        char[] out = new char[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        return new String(out);
    }

    private String alphanumeric(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
        }
        return new String(out);
    }
}
