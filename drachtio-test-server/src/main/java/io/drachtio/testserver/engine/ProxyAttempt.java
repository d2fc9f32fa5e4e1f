package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.TestClock;
import io.drachtio.testserver.stack.SipEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One target of a proxy operation: the request forwarded to it and the responses it sent.
 */
public final class ProxyAttempt {

    private final String destination;
    private final SipEndpoint target;
    private final SipRequest forwarded;
    private final byte[] bytes;
    private final String toTag;
    private final boolean answersCancel;
    private final List<SipResponse> responses = new ArrayList<>();
    private final List<TestClock.Timer> timers = new ArrayList<>();
    private final List<SipRequest> acks = new ArrayList<>();
    private boolean finished;
    private boolean cancelled;
    private long nextRseq;

    /**
     * Creates the record of a forwarded request.
     *
     * @param destination the destination as named in the {@code proxy} command
     * @param target      where it went
     * @param forwarded   the request as forwarded
     * @param bytes       its bytes
     * @param toTag       the tag the simulated target answers with
     * @param answersCancel whether the simulated target answers a CANCEL (200, then 487 to the INVITE)
     */
    public ProxyAttempt(String destination, SipEndpoint target, SipRequest forwarded, byte[] bytes, String toTag,
            boolean answersCancel) {
        this.destination = destination;
        this.target = target;
        this.forwarded = forwarded;
        this.bytes = bytes;
        this.toTag = toTag;
        this.answersCancel = answersCancel;
    }

    /** @return the destination as named in the {@code proxy} command */
    public String destination() {
        return destination;
    }

    /** @return where the request went */
    public SipEndpoint target() {
        return target;
    }

    /** @return the request as forwarded */
    public SipRequest forwarded() {
        return forwarded;
    }

    /** @return the bytes as forwarded (not copied) */
    public byte[] bytes() {
        return bytes;
    }

    String toTag() {
        return toTag;
    }

    /** @return the responses the target sent, in order */
    public synchronized List<SipResponse> responses() {
        return List.copyOf(responses);
    }

    synchronized void received(SipResponse response) {
        responses.add(response);
    }

    /** @return {@code true} once the target gave a final answer, timed out or was cancelled */
    public synchronized boolean isFinished() {
        return finished;
    }

    synchronized void finish() {
        finished = true;
        timers.forEach(TestClock.Timer::cancel);
        timers.clear();
    }

    /**
     * Returns the ACKs the target received: the server's own ACK of its non-2xx final response, or
     * the caller's ACK of its 2xx (end to end; relayed by the server when the dialog is record-routed).
     *
     * @return the ACKs as the target received them, in order; empty when none
     */
    public synchronized List<SipRequest> acks() {
        return List.copyOf(acks);
    }

    synchronized void acknowledged(SipRequest ack) {
        acks.add(ack);
    }

    /** @return {@code true} once the server sent the target a CANCEL */
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized void cancelled() {
        cancelled = true;
    }

    boolean answersCancel() {
        return answersCancel;
    }

    /**
     * Tells whether the target answered 2xx with a given To tag.
     *
     * @param tag the To tag
     * @return {@code true} when one of its 2xx responses carries it
     */
    synchronized boolean answeredSuccessWithTag(String tag) {
        for (SipResponse response : responses) {
            if (response.status() / 100 == 2 && response.to() != null && Objects.equals(response.to().tag(),
                    tag)) {
                return true;
            }
        }
        return false;
    }

    synchronized void timer(TestClock.Timer timer) {
        timers.add(timer);
    }

    synchronized long nextRseq(long start) {
        if (nextRseq == 0) {
            nextRseq = start;
        }
        return nextRseq++;
    }

    @Override
    public String toString() {
        return "ProxyAttempt[" + destination + ", " + responses().size() + " responses"
                + (isFinished() ? ", finished" : "") + "]";
    }
}
