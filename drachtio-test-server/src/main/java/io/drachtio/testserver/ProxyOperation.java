package io.drachtio.testserver;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.ProxyAttempt;
import io.drachtio.testserver.engine.ProxyRun;
import io.drachtio.wire.ProxyCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * A proxy operation an application started with a {@code proxy} command: the command as the
 * server received it (so a test can assert its flags, destinations and headers), the requests
 * forwarded to the targets, and the outcome forwarded to the caller.
 */
public final class ProxyOperation {

    private final SimulatedNetwork network;
    private final ProxyRun run;

    ProxyOperation(SimulatedNetwork network, ProxyRun run) {
        this.network = network;
        this.run = run;
    }

    /**
     * Returns the command as received.
     *
     * @return the {@code proxy} command
     */
    public ProxyCommand command() {
        return run.command();
    }

    /**
     * Returns the transaction id of the proxied request.
     *
     * @return the id
     */
    public String transactionId() {
        return run.command().transactionId();
    }

    /**
     * Returns the destinations in the order given.
     *
     * @return the destinations
     */
    public List<String> destinations() {
        return run.command().destinations();
    }

    /**
     * Returns the header lines of the command's SIP part (added to the forwarded requests).
     *
     * @return the header lines; empty when the command had none
     */
    public List<SipHeader> headers() {
        return run.headers();
    }

    /**
     * Returns the value of a header line of the command's SIP part.
     *
     * @param name the header name (any case)
     * @return the first value, or {@code null} when absent
     */
    public String header(String name) {
        for (SipHeader header : run.headers()) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    /**
     * Returns the requests forwarded so far, one per target started.
     *
     * @return the forwarded requests in the order started
     */
    public List<SipRequest> forwardedRequests() {
        List<SipRequest> forwarded = new ArrayList<>();
        for (ProxyAttempt attempt : run.attempts()) {
            forwarded.add(attempt.forwarded());
        }
        return forwarded;
    }

    /**
     * Returns the responses a destination sent.
     *
     * @param destination the destination as named in the command
     * @return its responses in order; empty when it was not started or did not answer
     */
    public List<SipResponse> responsesFrom(String destination) {
        ProxyAttempt attempt = attemptTo(destination);
        return attempt == null ? List.of() : attempt.responses();
    }

    /**
     * Returns the ACKs a destination received: the server's own ACK of its non-2xx final response
     * (hop by hop), or the caller's ACK of its 2xx (end to end: relayed by the server when the
     * dialog is record-routed, else sent straight to the target).
     *
     * @param destination the destination as named in the command
     * @return the ACKs as the target received them, in order; empty when none
     */
    public List<SipRequest> acksTo(String destination) {
        ProxyAttempt attempt = attemptTo(destination);
        return attempt == null ? List.of() : attempt.acks();
    }

    private ProxyAttempt attemptTo(String destination) {
        for (ProxyAttempt attempt : run.attempts()) {
            if (attempt.destination().equals(destination)) {
                return attempt;
            }
        }
        return null;
    }

    /**
     * Returns the final responses received from targets while the operation ran (each reported
     * to the application with a {@code continue} reply when it asked for {@code fullResponse}).
     *
     * @return the final responses in arrival order
     */
    public List<SipResponse> finalResponses() {
        return run.finals();
    }

    /**
     * Waits for the operation to end and returns what the caller got.
     *
     * @return the final response forwarded upstream: the first 2xx, the best failure (RFC 3261
     *     §16.7), a 408 when no target answered, or the server's 487 when the caller cancelled (the
     *     operation then ends once no target is outstanding)
     * @throws AssertionError when the operation does not end within the await timeout
     */
    public SipResponse awaitOutcome() {
        if (!run.awaitDone(network.timeout().toMillis())) {
            throw new AssertionError("Timed out after " + network.timeout().toMillis() + " ms waiting for the end of "
                    + run + "; targets so far: " + run.attempts()
                    + " (a target that never answers is given up after 32 s on the test clock)");
        }
        return run.outcome();
    }

    @Override
    public String toString() {
        return "ProxyOperation[" + run + "]";
    }
}
