package io.drachtio.client.internal;

/**
 * What has been done with one incoming request: responses sent, proxied, cancelled. Decides whether
 * a response or a proxy operation is still allowed; thread-safe (claims may come from any thread).
 */
final class AnswerState {

    private boolean anySent;
    private int finalStatus;
    private boolean proxied;
    private boolean cancelled;

    /**
     * Claims the right to send a response.
     *
     * @param status the response status
     * @return {@code null} when allowed (and recorded), else why not
     */
    synchronized String claimResponse(int status) {
        if (proxied) {
            return "the request was handed to the proxy; it can no longer be answered";
        }
        if (status >= 200) {
            if (finalStatus != 0) {
                return "a final response (" + finalStatus + ") was already sent; a second final response ("
                        + status + ") is never sent";
            }
            finalStatus = status;
        }
        anySent = true;
        return null;
    }

    /** Undoes a final-response claim whose command was refused before anything was sent. */
    synchronized void releaseFinal() {
        finalStatus = 0;
    }

    /**
     * Claims the right to proxy.
     *
     * @return {@code null} when allowed (and recorded), else why not
     */
    synchronized String claimProxy() {
        if (proxied) {
            return "the request is already being proxied";
        }
        if (anySent) {
            return "a response was already sent; a request can only be proxied before any response";
        }
        proxied = true;
        return null;
    }

    synchronized void cancelled() {
        cancelled = true;
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized boolean isFinalSent() {
        return finalStatus != 0;
    }

    /** @return the final status claimed, or 0 */
    synchronized int finalStatus() {
        return finalStatus;
    }

    synchronized boolean anySent() {
        return anySent;
    }

    synchronized boolean proxied() {
        return proxied;
    }

    /** @return {@code true} while neither a final response nor a proxy operation nor a CANCEL ended it */
    synchronized boolean open() {
        return finalStatus == 0 && !proxied && !cancelled;
    }
}
