package io.drachtio.embedded.sip.transport;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates the identifiers the stack puts in messages, in drachtio-server's formats: tags and the
 * random part of branches are 13 alphanumerics, proxy branches {@code z9hG4bK<UUID>}, Call-IDs and
 * transaction ids UUIDs.
 */
public final class IdGenerator {

    /** The RFC 3261 branch magic cookie. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    private static final char[] ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int TOKEN_LENGTH = 13;

    /**
     * Returns a new From/To tag.
     *
     * @return 13 random alphanumerics
     */
    public String tag() {
        return alphanumeric(TOKEN_LENGTH);
    }

    /**
     * Returns a branch for a request the stack originates.
     *
     * @return {@code z9hG4bK} followed by 13 random alphanumerics
     */
    public String branch() {
        return MAGIC_COOKIE + alphanumeric(TOKEN_LENGTH);
    }

    /**
     * Returns a branch for a request the proxy forwards.
     *
     * @return {@code z9hG4bK} followed by a random UUID
     */
    public String proxyBranch() {
        return MAGIC_COOKIE + uuid();
    }

    /**
     * Returns a new unique id (Call-IDs, transaction ids).
     *
     * @return a random UUID in its 36-character form
     */
    public String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /**
     * Returns a new CSeq number for a request outside a dialog.
     *
     * @return a random 9-digit number
     */
    public long cseq() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }

    /**
     * Returns a start value for RSeq (RFC 3262 §3: between 1 and 2^31 - 1).
     *
     * @return a random value in [1, 2^31 - 1]
     */
    public long rseq() {
        return ThreadLocalRandom.current().nextLong(1, 1L << 31);
    }

    private static String alphanumeric(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }
}
