package io.drachtio.testserver.engine;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.ProxyCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One proxy operation started by an application's {@code proxy} command: the command as received,
 * the targets tried, the final responses collected and the outcome forwarded to the caller.
 */
public final class ProxyRun {

    private final ControlConnection connection;
    private final ProxyCommand command;
    private final IncomingTransaction upstream;
    private final List<SipHeader> headers;
    private final List<ProxyAttempt> attempts = new ArrayList<>();
    private final List<SipResponse> finals = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private SipResponse outcome;
    private SipResponse cancelResponse;
    private int nextDestination;

    /**
     * Creates the record of a proxy operation.
     *
     * @param connection the connection that sent the command
     * @param command    the command
     * @param upstream   the request being proxied
     * @param headers    the headers of the command's SIP part, added to forwarded requests
     */
    public ProxyRun(ControlConnection connection, ProxyCommand command, IncomingTransaction upstream,
            List<SipHeader> headers) {
        this.connection = connection;
        this.command = command;
        this.upstream = upstream;
        this.headers = List.copyOf(headers);
    }

    /** @return the connection that sent the command */
    public ControlConnection connection() {
        return connection;
    }

    /** @return the command as received */
    public ProxyCommand command() {
        return command;
    }

    /** @return the request being proxied */
    public IncomingTransaction upstream() {
        return upstream;
    }

    /** @return the header lines of the command's SIP part */
    public List<SipHeader> headers() {
        return headers;
    }

    /** @return the targets tried so far, in the order started */
    public synchronized List<ProxyAttempt> attempts() {
        return List.copyOf(attempts);
    }

    synchronized void started(ProxyAttempt attempt) {
        attempts.add(attempt);
    }

    synchronized int takeNextDestination() {
        return nextDestination++;
    }

    synchronized void addFinal(SipResponse response) {
        finals.add(response);
    }

    /** @return the final responses received from targets while the operation ran, in order */
    public synchronized List<SipResponse> finals() {
        return List.copyOf(finals);
    }

    synchronized void cancelledByCaller(SipResponse terminated) {
        this.cancelResponse = terminated;
    }

    /** @return {@code true} once the caller cancelled the proxied INVITE */
    public synchronized boolean isCancelledByCaller() {
        return cancelResponse != null;
    }

    /** @return the 487 the server answered the caller's cancelled INVITE with, or {@code null} */
    synchronized SipResponse cancelResponse() {
        return cancelResponse;
    }

    /** @return {@code true} once the operation is over ({@code done} was sent) */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    synchronized void finish(SipResponse forwardedUpstream) {
        this.outcome = forwardedUpstream;
        done.countDown();
    }

    /** @return the final response forwarded to the caller, or {@code null} while running */
    public synchronized SipResponse outcome() {
        return outcome;
    }

    /**
     * Waits for the operation to end.
     *
     * @param timeoutMillis how long to wait
     * @return {@code true} when it ended in time
     */
    public boolean awaitDone(long timeoutMillis) {
        try {
            return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "ProxyRun[" + command.transactionId() + " to " + command.destinations() + (isDone() ? ", done" : "")
                + "]";
    }
}
