package io.drachtio.sip.internal;

/**
 * A fixed set of frequent tokens (such as {@code UDP} or {@code branch}) that a parser returns as
 * shared constants instead of new Strings. Each token is summarised by a key made of its length
 * and its first bytes; a lookup packs the bytes read the same way and compares keys, so it reads
 * one small array of numbers rather than the characters of every candidate.
 */
public final class KnownTokens {

    /** How many leading bytes the key holds; the eighth byte of the key is the length. */
    private static final int KEY_BYTES = 7;

    private final String[] tokens;
    private final long[] keys;
    private final int longest;

    /**
     * Creates the set.
     *
     * @param tokens the tokens, ASCII, compared case-sensitively
     */
    public KnownTokens(String... tokens) {
        this.tokens = tokens.clone();
        this.keys = new long[tokens.length];
        int max = 0;
        for (int i = 0; i < tokens.length; i++) {
            byte[] ascii = tokens[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            keys[i] = key(ascii, 0, ascii.length);
            max = Math.max(max, ascii.length);
        }
        this.longest = max;
    }

    private static long key(byte[] bytes, int from, int to) {
        long key = to - from;
        int end = Math.min(to, from + KEY_BYTES);
        for (int i = from; i < end; i++) {
            key = key << 8 | (bytes[i] & 0xFF);
        }
        return key;
    }

    /**
     * Finds the token spelled by {@code bytes[from, to)}.
     *
     * @param bytes the array
     * @param from first byte
     * @param to after the last byte
     * @return the shared constant, or {@code null} if the bytes are not one of the tokens
     */
    public String find(byte[] bytes, int from, int to) {
        if (to - from > longest) {
            return null;
        }
        long key = key(bytes, from, to);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key && endsLike(bytes, from, to, tokens[i])) {
                return tokens[i];
            }
        }
        return null;
    }

    /** Compares the bytes after the ones the key holds. */
    private static boolean endsLike(byte[] bytes, int from, int to, String token) {
        for (int i = KEY_BYTES; i < to - from; i++) {
            if (bytes[from + i] != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
