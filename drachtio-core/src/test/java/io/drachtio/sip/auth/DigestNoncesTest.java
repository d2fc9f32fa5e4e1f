package io.drachtio.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issuing nonces and checking them for forgery, expiry and replay. */
class DigestNoncesTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final DigestNonces nonces = new DigestNonces(clock, LIFETIME, 3);

    @Test
    void aFreshNonceIsValidOnceForEachIncreasingNonceCount() {
        String nonce = nonces.issue();

        assertThat(nonces.check(nonce, "00000001")).isEqualTo(NonceStatus.VALID);
        assertThat(nonces.check(nonce, "00000002")).isEqualTo(NonceStatus.VALID);
        assertThat(nonces.check(nonce, "0000000a")).isEqualTo(NonceStatus.VALID);
    }

    @Test
    void aRepeatedOrLowerNonceCountIsAReplay() {
        String nonce = nonces.issue();
        nonces.check(nonce, "00000002");

        assertThat(nonces.check(nonce, "00000002")).isEqualTo(NonceStatus.REPLAYED);
        assertThat(nonces.check(nonce, "00000001")).isEqualTo(NonceStatus.REPLAYED);
    }

    @Test
    void withoutQopTheNonceIsUsableOnce() {
        String nonce = nonces.issue();

        assertThat(nonces.check(nonce, null)).isEqualTo(NonceStatus.VALID);
        assertThat(nonces.check(nonce, null)).isEqualTo(NonceStatus.REPLAYED);
    }

    @Test
    void aNonceIsStaleOnceItsLifetimeHasPassed() {
        String nonce = nonces.issue();
        clock.advance(LIFETIME.minusMillis(1));
        assertThat(nonces.check(nonce, "00000001")).isEqualTo(NonceStatus.VALID);

        clock.advance(Duration.ofMillis(1));
        assertThat(nonces.check(nonce, "00000002")).isEqualTo(NonceStatus.STALE);
    }

    @Test
    void noncesNotIssuedHereAreUnknown() {
        String nonce = nonces.issue();
        DigestNonces otherKey = new DigestNonces(clock, LIFETIME, 3);
        char first = nonce.charAt(0);
        String tampered = (first == 'A' ? 'B' : 'A') + nonce.substring(1);

        assertThat(otherKey.check(nonce, "00000001")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check(tampered, "00000001")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check("dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check("!".repeat(43), "00000001")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check(null, "00000001")).isEqualTo(NonceStatus.UNKNOWN);
    }

    @Test
    void anotherSpellingOfTheSameBytesIsUnknownSoItCannotDodgeTheReplayCheck() {
        String nonce = nonces.issue();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(nonce.charAt(nonce.length() - 1));     // 4 data bits, then 2 unused ones
        String unusedBitsFlipped = nonce.substring(0, nonce.length() - 1) + alphabet.charAt(last + 1);
        assertThat(Base64.getUrlDecoder().decode(unusedBitsFlipped)).isEqualTo(Base64.getUrlDecoder().decode(nonce));

        assertThat(nonces.check(nonce, "00000001")).isEqualTo(NonceStatus.VALID);
        assertThat(nonces.check(unusedBitsFlipped, "00000001")).isEqualTo(NonceStatus.UNKNOWN);
    }

    @Test
    void aMalformedNonceCountIsRejected() {
        String nonce = nonces.issue();

        assertThat(nonces.check(nonce, "1")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check(nonce, "0000000g")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces.check(nonce, "00000001")).isEqualTo(NonceStatus.VALID);
    }

    @Test
    void theSameKeyAcceptsTheNoncesOfAnotherInstance() {
        byte[] key = "a key shared by a cluster".getBytes(StandardCharsets.UTF_8);
        String nonce = new DigestNonces(key, clock, LIFETIME, 3).issue();

        assertThat(new DigestNonces(key, clock, LIFETIME, 3).check(nonce, "00000001")).isEqualTo(NonceStatus.VALID);
    }

    @Test
    void aNonceEvictedFromTheFullReplayCacheIsStaleNotReplayable() {
        String first = nonces.issue();
        nonces.check(first, "00000001");
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            nonces.check(nonces.issue(), "00000001");
        }

        assertThat(nonces.check(first, "00000001")).isEqualTo(NonceStatus.STALE);
        assertThat(nonces.check(first, "00000002")).isEqualTo(NonceStatus.STALE);
        assertThat(nonces.check(nonces.issue(), "00000001")).isEqualTo(NonceStatus.VALID);
    }

    @Test
    void expiredNoncesLeaveTheReplayCacheWithoutMakingNewerOnesStale() {
        for (int i = 0; i < 3; i++) {
            nonces.check(nonces.issue(), "00000001");
        }
        clock.advance(LIFETIME);
        String fresh = nonces.issue();

        assertThat(nonces.check(fresh, "00000001")).isEqualTo(NonceStatus.VALID);
        assertThat(nonces.check(fresh, "00000001")).isEqualTo(NonceStatus.REPLAYED);
    }

    @Test
    void everyNonceIsDifferentAndUrlSafe() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String nonce = nonces.issue();
            assertThat(nonce).hasSize(43).matches("[A-Za-z0-9_-]+");
            issued.add(nonce);
        }
        assertThat(issued).hasSize(100);
    }

    @Test
    void rejectsUnusableSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DigestNonces(new byte[8], clock, LIFETIME, 3))
                .withMessageContaining("16 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new DigestNonces(clock, Duration.ZERO, 3))
                .withMessageContaining("lifetime");
        assertThatIllegalArgumentException().isThrownBy(() -> new DigestNonces(clock, LIFETIME, 0))
                .withMessageContaining("replay cache");
    }

    /** A clock that only moves when the test says so. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advance(Duration amount) {
            now = now.plus(amount);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
