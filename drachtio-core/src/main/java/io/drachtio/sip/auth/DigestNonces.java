package io.drachtio.sip.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Server nonces for digest authentication: issued stateless, checked for expiry and replay.
 *
 * <p>A nonce is the issue time, 8 random bytes and an HMAC-SHA-256 over both (truncated to 16 bytes),
 * Base64url without padding (43 characters). The key is random per instance unless given, so nonces
 * of an earlier run are {@link NonceStatus#UNKNOWN unknown}. Expiry needs no state: the issue time is
 * signed. Replay protection remembers, for each nonce used, the highest nonce count seen; a bounded
 * cache holds them (oldest first use evicted first, expired ones dropped). A nonce whose entry may have
 * been evicted can no longer be checked for replay and is reported {@link NonceStatus#STALE stale},
 * so the client simply gets a new one.
 *
 * <p>Thread-safe.
 */
public final class DigestNonces {

    private static final String HMAC = "HmacSHA256";
    private static final int TIME_BYTES = Long.BYTES;
    private static final int RANDOM_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int SIGNED_BYTES = TIME_BYTES + RANDOM_BYTES;
    private static final int NONCE_BYTES = SIGNED_BYTES + MAC_BYTES;
    private static final int NONCE_COUNT_DIGITS = 8;

    private final SecretKeySpec key;
    private final Clock clock;
    private final long lifetimeMillis;
    private final int replayCacheSize;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Use> uses = new LinkedHashMap<>();
    private long newestEvictedIssue = Long.MIN_VALUE;

    /** The issue time of a used nonce and the highest nonce count seen with it. */
    private record Use(long issuedMillis, long highestCount) {
    }

    /**
     * Creates nonces signed with a fresh random key.
     *
     * @param clock           the time source (issue times, expiry)
     * @param lifetime        how long a nonce is accepted after it was issued
     * @param replayCacheSize how many used nonces are remembered for replay detection (at least 1)
     */
    public DigestNonces(Clock clock, Duration lifetime, int replayCacheSize) {
        this(randomKey(), clock, lifetime, replayCacheSize);
    }

    /**
     * Creates nonces signed with the given key (for several instances that accept each other's nonces).
     *
     * @param key             the HMAC key, at least 16 bytes
     * @param clock           the time source (issue times, expiry)
     * @param lifetime        how long a nonce is accepted after it was issued
     * @param replayCacheSize how many used nonces are remembered for replay detection (at least 1)
     */
    public DigestNonces(byte[] key, Clock clock, Duration lifetime, int replayCacheSize) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("the nonce key needs at least 16 bytes, got " + key.length);
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the nonce lifetime must be positive, got " + lifetime);
        }
        if (replayCacheSize < 1) {
            throw new IllegalArgumentException("the replay cache needs room for at least 1 nonce, got "
                    + replayCacheSize);
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetimeMillis = lifetime.toMillis();
        this.replayCacheSize = replayCacheSize;
    }

    /** @return a fresh nonce, valid for the lifetime from now */
    public String issue() {
        ByteBuffer nonce = ByteBuffer.allocate(NONCE_BYTES).putLong(clock.millis());
        byte[] randomPart = new byte[RANDOM_BYTES];
        random.nextBytes(randomPart);
        nonce.put(randomPart);
        byte[] bytes = nonce.array();
        System.arraycopy(sign(bytes), 0, bytes, SIGNED_BYTES, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Checks a nonce from credentials and records its nonce count. Call it only for credentials whose
     * response was verified, so that guesses do not use up nonce counts.
     *
     * @param nonce      the {@code nonce} parameter of the credentials (may be {@code null})
     * @param nonceCount the {@code nc} parameter (8 hex digits), or {@code null} without qop (counts as 1)
     * @return what the nonce is
     */
    public NonceStatus check(String nonce, String nonceCount) {
        byte[] bytes = decode(nonce);
        long count = parseCount(nonceCount);
        if (bytes == null || count < 0 || !MessageDigest.isEqual(
                Arrays.copyOfRange(sign(bytes), 0, MAC_BYTES),
                Arrays.copyOfRange(bytes, SIGNED_BYTES, NONCE_BYTES))) {
            return NonceStatus.UNKNOWN;
        }
        long issued = ByteBuffer.wrap(bytes, 0, TIME_BYTES).getLong();
        long now = clock.millis();
        if (now - issued >= lifetimeMillis) {
            return NonceStatus.STALE;
        }
        synchronized (uses) {
            dropExpired(now);
            Use use = uses.get(nonce);
            if (use == null) {
                if (issued <= newestEvictedIssue) {
                    return NonceStatus.STALE;
                }
                uses.put(nonce, new Use(issued, count));
                evictOverflow();
                return NonceStatus.VALID;
            }
            if (count <= use.highestCount()) {
                return NonceStatus.REPLAYED;
            }
            uses.put(nonce, new Use(issued, count));
            return NonceStatus.VALID;
        }
    }

    /** @return how long a nonce is accepted after it was issued */
    public Duration lifetime() {
        return Duration.ofMillis(lifetimeMillis);
    }

    private void dropExpired(long now) {
        Iterator<Use> oldestFirst = uses.values().iterator();
        while (oldestFirst.hasNext()) {
            if (now - oldestFirst.next().issuedMillis() < lifetimeMillis) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private void evictOverflow() {
        Iterator<Use> oldestFirst = uses.values().iterator();
        while (uses.size() > replayCacheSize) {
            newestEvictedIssue = Math.max(newestEvictedIssue, oldestFirst.next().issuedMillis());
            oldestFirst.remove();
        }
    }

    private static byte[] decode(String nonce) {
        if (nonce == null || nonce.length() != 43) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        // the last character carries 2 unused bits: only the canonical spelling counts, so that a
        // replay cannot pass as another nonce by changing them
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(nonce) ? bytes : null;
    }

    private static long parseCount(String nonceCount) {
        if (nonceCount == null) {
            return 1;
        }
        if (nonceCount.length() != NONCE_COUNT_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < NONCE_COUNT_DIGITS; i++) {
            int digit = Character.digit(nonceCount.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private byte[] sign(byte[] nonce) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(nonce, 0, SIGNED_BYTES);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC, e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
