package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.testserver.stack.ResponseParts;
import io.drachtio.testserver.stack.SipEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a simulated proxy target does with a request forwarded to it: a sequence of responses,
 * each after a delay on the test clock (counted from the previous one), and what it does with a
 * CANCEL. An empty sequence means the target never answers.
 *
 * @param steps         the responses in order
 * @param answersCancel {@code true} when a CANCEL ends the script like a real UA does (200 to the
 *                      CANCEL, 487 to the INVITE); {@code false} when the target ignores the CANCEL
 *                      and plays the rest of its script
 */
public record TargetScript(List<Step> steps, boolean answersCancel) {

    /** The script of a destination nobody scripted: an immediate 503, as for an unreachable target. */
    public static final TargetScript UNSCRIPTED = new TargetScript(List.of(new Step(Duration.ZERO,
            Answer.of(ResponseParts.of(503)))));

    /**
     * Copies the steps.
     *
     * @param steps         the responses in order
     * @param answersCancel whether a CANCEL is answered 200 + 487
     */
    public TargetScript {
        steps = List.copyOf(steps);
    }

    /**
     * Creates a script of a target that answers a CANCEL like a real UA (200, then 487).
     *
     * @param steps the responses in order
     */
    public TargetScript(List<Step> steps) {
        this(steps, true);
    }

    /**
     * One response of a target.
     *
     * @param delay  how long after the previous step (or after the request arrived)
     * @param answer how to build the response
     */
    public record Step(Duration delay, Answer answer) {

        /**
         * Checks the parts.
         *
         * @param delay  how long after the previous step
         * @param answer how to build the response
         */
        public Step {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Builds a target's response to the request forwarded to it. */
    @FunctionalInterface
    public interface Answer {

        /**
         * Builds the response.
         *
         * @param forwarded the request as the target received it
         * @param target    where the target is
         * @param toTag     the target's tag
         * @param rseq      the RSeq to use if the response is a reliable provisional
         * @param messages  a factory for far-end messages
         * @return the response bytes
         */
        byte[] render(SipRequest forwarded, SipEndpoint target, String toTag, long rseq, FarEndMessages messages);

        /**
         * Returns an answer built from parts.
         *
         * @param parts status, headers, body
         * @return the answer
         */
        static Answer of(ResponseParts parts) {
            return (forwarded, target, toTag, rseq, messages) ->
                    messages.response(forwarded, target, toTag, parts, rseq).toBytes();
        }
    }
}
