package io.drachtio.samples.uac;

import java.util.concurrent.ScheduledFuture;

/**
 * One call placed by {@link Dialer} and what happened to it. Responses, timers and HTTP readers reach
 * it from different threads, so every state change is synchronized; a finished call never changes
 * again.
 */
public final class Call {

    private final String id;
    private final String to;
    private CallState state = CallState.CALLING;
    private Integer status;
    private String reason;
    private String callId;
    private String dialogId;
    private boolean cancelRequested;
    private ScheduledFuture<?> timer;

    /**
     * @param id the id the HTTP API shows
     * @param to the called URI
     */
    public Call(String id, String to) {
        this.id = id;
        this.to = to;
    }

    /** @return the id the HTTP API shows */
    public String id() {
        return id;
    }

    /** @return the SIP Call-ID, or {@code null} until drachtio-server confirmed sending the INVITE */
    public synchronized String callId() {
        return callId;
    }

    /** @return the dialog id, or {@code null} until answered */
    public synchronized String dialogId() {
        return dialogId;
    }

    /** @return the current state */
    public synchronized CallState state() {
        return state;
    }

    /** @return {@code true} when the call was CANCELled (a 2xx may still race the CANCEL) */
    public synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    /** @param sentCallId the Call-ID drachtio-server gave the INVITE */
    public synchronized void sent(String sentCallId) {
        this.callId = sentCallId;
    }

    /** The far end rings. */
    public synchronized void ringing() {
        if (state == CallState.CALLING) {
            state = CallState.RINGING;
        }
    }

    /**
     * The far end answered.
     *
     * @param finalStatus  the 2xx status
     * @param answerReason its reason phrase
     * @param newDialogId  the dialog's id
     */
    public synchronized void answered(int finalStatus, String answerReason, String newDialogId) {
        if (!state.isFinished()) {
            finish(CallState.ANSWERED, finalStatus, answerReason);
            this.dialogId = newDialogId;
        }
    }

    /**
     * The far end answered with a failure; after our CANCEL a 487 means "cancelled".
     *
     * @param finalStatus the 3xx–6xx status
     * @param failReason  its reason phrase
     */
    public synchronized void rejected(int finalStatus, String failReason) {
        if (!state.isFinished()) {
            finish(cancelRequested && finalStatus == 487 ? CallState.CANCELLED : CallState.FAILED, finalStatus,
                    failReason);
        }
    }

    /**
     * The call could not be placed or its transaction broke off.
     *
     * @param why what went wrong
     */
    public synchronized void failed(String why) {
        if (!state.isFinished()) {
            finish(CallState.FAILED, status, why);
        }
    }

    /**
     * Marks the call as being cancelled, if it is still unanswered.
     *
     * @return {@code true} when the CANCEL is to be sent
     */
    public synchronized boolean requestCancel() {
        if (state == CallState.CALLING || state == CallState.RINGING) {
            cancelRequested = true;
            return true;
        }
        return false;
    }

    /** The call is hung up (by us or by the far end); a pending timer is stopped. */
    public synchronized void ended() {
        if (state == CallState.ANSWERED) {
            state = CallState.ENDED;
        }
        replaceTimer(null);
    }

    /**
     * Keeps the one pending timer of the call (cancel-after or hang-up), stopping the previous one.
     *
     * @param next the new timer, or {@code null}
     */
    public synchronized void replaceTimer(ScheduledFuture<?> next) {
        if (timer != null) {
            timer.cancel(false);
        }
        timer = next;
    }

    /** @return what the HTTP API shows */
    public synchronized CallView view() {
        return new CallView(id, to, state.apiName(), status, reason);
    }

    private void finish(CallState next, Integer finalStatus, String finalReason) {
        state = next;
        status = finalStatus;
        reason = finalReason;
    }
}
