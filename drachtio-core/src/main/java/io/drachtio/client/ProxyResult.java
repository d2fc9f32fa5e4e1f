package io.drachtio.client;

import io.drachtio.sip.SipResponse;
import java.util.List;

/**
 * The outcome of a proxy operation: every final response the targets sent while it ran, in arrival
 * order, and the overall result.
 *
 * @param responses every final response, per target, in arrival order
 */
public record ProxyResult(List<ProxyResponse> responses) {

    /** Copies the list. */
    public ProxyResult {
        responses = List.copyOf(responses);
    }

    /** @return {@code true} when a target answered 2xx (the call was connected) */
    public boolean connected() {
        ProxyResponse best = best();
        return best != null && best.status() / 100 == 2;
    }

    /**
     * @return the status the caller got: of the 2xx if any, else of the best final response by
     *         RFC 3261 §16.7 (6xx; then 401, 407, 415, 420, 484; then other 4xx; then 5xx; else the
     *         first); 0 when no target answered finally (the server then answers 408 itself)
     */
    public int finalStatus() {
        ProxyResponse best = best();
        return best == null ? 0 : best.status();
    }

    /** @return the response behind {@link #finalStatus()}, or {@code null} */
    public SipResponse finalResponse() {
        ProxyResponse best = best();
        return best == null ? null : best.message();
    }

    /** @return the response behind {@link #finalStatus()}, or {@code null} */
    public ProxyResponse best() {
        ProxyResponse best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ProxyResponse r : responses) {
            int rank = rank(r.status());
            if (rank < bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(int status) {
        if (status / 100 == 2) {
            return 0;
        }
        if (status / 100 == 6) {
            return 1;
        }
        if (status == 401 || status == 407 || status == 415 || status == 420 || status == 484) {
            return 2;
        }
        if (status / 100 == 4) {
            return 3;
        }
        if (status / 100 == 5) {
            return 4;
        }
        return 5;
    }

    /**
     * One final response from one proxy target.
     *
     * @param address the target's address
     * @param port    the target's port
     * @param time    server time of day when it arrived
     * @param message the response
     */
    public record ProxyResponse(String address, int port, String time, SipResponse message) {

        /** @return the status code */
        public int status() {
            return message.status();
        }
    }
}
