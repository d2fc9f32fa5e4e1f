package io.drachtio.samples.registrar;

import io.drachtio.spring.error.SipException;

/** A REGISTER asked for an expiry shorter than {@code registrar.min-expires}: answered 423 with Min-Expires. */
public class IntervalTooBriefException extends SipException {

    private static final long serialVersionUID = 1L;

    private final int minExpires;

    /** @param minExpires the shortest expiry the registrar accepts, in seconds */
    public IntervalTooBriefException(int minExpires) {
        super(423, "Interval Too Brief");
        this.minExpires = minExpires;
    }

    /** @return the shortest expiry the registrar accepts, in seconds (the Min-Expires header) */
    public int minExpires() {
        return minExpires;
    }
}
