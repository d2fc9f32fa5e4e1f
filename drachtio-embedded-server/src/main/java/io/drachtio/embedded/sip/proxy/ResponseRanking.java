package io.drachtio.embedded.sip.proxy;

import io.drachtio.sip.SipResponse;
import java.util.List;

/**
 * Picks the final response a proxy forwards when no target answered 2xx (RFC 3261 §16.7 step 6, in
 * drachtio-server's order): any 6xx; else 401, 407, 415, 420 or 484; else another 4xx; else a 5xx; else
 * the first response (3xx). Within a rank the earliest response wins.
 */
public final class ResponseRanking {

    private ResponseRanking() {
    }

    /**
     * Selects the best response.
     *
     * @param candidates the final responses received, in arrival order
     * @return the best one, or null when there is none
     */
    public static SipResponse best(List<SipResponse> candidates) {
        SipResponse best = null;
        int bestRank = Integer.MAX_VALUE;
        for (SipResponse candidate : candidates) {
            int rank = rank(candidate.status());
            if (rank < bestRank) {
                best = candidate;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Ranks a status: lower is better.
     *
     * @param status a final status code
     * @return 0 for 6xx, 1 for the challenge and extension statuses, 2 for other 4xx, 3 for 5xx, 4 else
     */
    static int rank(int status) {
        if (status >= 600) {
            return 0;
        }
        if (status == 401 || status == 407 || status == 415 || status == 420 || status == 484) {
            return 1;
        }
        if (status >= 400 && status < 500) {
            return 2;
        }
        return status >= 500 ? 3 : 4;
    }
}
