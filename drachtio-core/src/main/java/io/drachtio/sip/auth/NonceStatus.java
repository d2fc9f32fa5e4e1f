package io.drachtio.sip.auth;

/** What {@link DigestNonces#check} found out about a nonce and its nonce count. */
public enum NonceStatus {

    /** Issued by us, not expired, and the nonce count is higher than any seen before with it. */
    VALID,
    /**
     * Issued by us but expired (or too old to be checked for replay any more): challenge again with
     * {@code stale=true}, the client retries with the new nonce without asking the user.
     */
    STALE,
    /** Issued by us and fresh, but this nonce count (or a higher one) was already used: a replay. */
    REPLAYED,
    /** Not a nonce we issued (wrong signature, wrong shape, other key), or a malformed nonce count. */
    UNKNOWN
}
