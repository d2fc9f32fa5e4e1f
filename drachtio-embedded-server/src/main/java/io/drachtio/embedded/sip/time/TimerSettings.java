package io.drachtio.embedded.sip.time;

/**
 * The RFC 3261 base timer values (§17.1.1.1 and table 4), in milliseconds, and the timers derived from
 * them.
 *
 * @param t1 round-trip estimate, default 500 ms
 * @param t2 maximum retransmission interval for non-INVITE requests and INVITE responses, default 4 s
 * @param t4 maximum time a message stays in the network, default 5 s
 */
public record TimerSettings(long t1, long t2, long t4) {

    /** The RFC 3261 defaults: T1 = 500 ms, T2 = 4 s, T4 = 5 s. */
    public static final TimerSettings DEFAULT = new TimerSettings(500, 4_000, 5_000);

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException when a value is not positive or T2 is smaller than T1
     */
    public TimerSettings {
        if (t1 <= 0 || t2 <= 0 || t4 <= 0 || t2 < t1) {
            throw new IllegalArgumentException("timer values must be positive and T2 >= T1: T1=" + t1
                    + " T2=" + t2 + " T4=" + t4);
        }
    }

    /**
     * Returns 64×T1: timers B, F, H, J (and L, M of RFC 6026), the wait for an ACK to a 2xx and the
     * give-up time of reliable provisional responses.
     *
     * @return 64×T1 in milliseconds (32 s by default)
     */
    public long transactionTimeout() {
        return 64 * t1;
    }

    /**
     * Returns the next retransmission interval after {@code interval}: doubled, capped at T2.
     *
     * @param interval the current interval in milliseconds
     * @return min(2×interval, T2)
     */
    public long nextInterval(long interval) {
        return Math.min(interval * 2, t2);
    }
}
