package io.drachtio.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digest algorithms of RFC 2617 and RFC 7616, each with its wire name and hash function. The
 * {@code -sess} variants derive the first hash from the nonce and client nonce as well.
 */
public enum DigestAlgorithm {

    /** {@code MD5} (RFC 2617; the default when a challenge names no algorithm). */
    MD5("MD5", "MD5", false),
    /** {@code MD5-sess}. */
    MD5_SESS("MD5-sess", "MD5", true),
    /** {@code SHA-256} (RFC 7616). */
    SHA_256("SHA-256", "SHA-256", false),
    /** {@code SHA-256-sess}. */
    SHA_256_SESS("SHA-256-sess", "SHA-256", true),
    /** {@code SHA-512-256} (RFC 7616). */
    SHA_512_256("SHA-512-256", "SHA-512/256", false),
    /** {@code SHA-512-256-sess}. */
    SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String wireName;
    private final String jdkName;
    private final boolean session;

    DigestAlgorithm(String wireName, String jdkName, boolean session) {
        this.wireName = wireName;
        this.jdkName = jdkName;
        this.session = session;
    }

    /**
     * Looks an algorithm up by its wire name, case-insensitively.
     *
     * @param name the {@code algorithm} parameter, or {@code null} when the challenge has none
     * @return the algorithm ({@link #MD5} for {@code null} or empty), or {@code null} when unsupported
     */
    public static DigestAlgorithm fromWireName(String name) {
        if (name == null || name.isEmpty()) {
            return MD5;
        }
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.wireName.equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        return null;
    }

    /** @return the name used in the {@code algorithm} parameter, e.g. {@code SHA-256-sess} */
    public String wireName() {
        return wireName;
    }

    /** @return {@code true} for the {@code -sess} variants */
    public boolean session() {
        return session;
    }

    /**
     * Hashes text (UTF-8) with this algorithm's function.
     *
     * @param text the text
     * @return the hash as lower-case hex
     */
    public String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hashes bytes with this algorithm's function.
     *
     * @param data the bytes
     * @return the hash as lower-case hex
     */
    public String hash(byte[] data) {
        byte[] digest = newDigest().digest(data);
        char[] out = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(out);
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks the " + jdkName + " message digest", e);
        }
    }
}
