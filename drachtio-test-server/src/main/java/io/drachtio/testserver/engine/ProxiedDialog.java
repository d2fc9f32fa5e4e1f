package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.testserver.stack.SipEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dialog set up through a proxy operation with {@code remainInDialog}: the server record-routed
 * it and relays its in-dialog requests statelessly, without involving an application (§9.1). It
 * also keeps the caller's view of the dialog (RFC 3261 §12.1.2): its From, the answering target's
 * To and Contact (the remote target), the route set (the 2xx's Record-Route in reverse order) and
 * the caller's CSeq.
 */
public final class ProxiedDialog {

    private final String callId;
    private final String callerTag;
    private final String calleeTag;
    private final SipEndpoint caller;
    private final SipEndpoint callee;
    private final String callerAddress;
    private final String calleeAddress;
    private final String calleeTarget;
    private final List<String> routeSet;
    private final long inviteCseq;
    private long callerCseq;

    /**
     * Creates the dialog from the caller's INVITE and the 2xx the server forwarded to it.
     *
     * @param invite   the INVITE as the caller sent it
     * @param answer   the 2xx as the caller received it
     * @param caller   where the caller is
     * @param callee   where the target that answered is
     */
    public ProxiedDialog(SipRequest invite, SipResponse answer, SipEndpoint caller, SipEndpoint callee) {
        this.callId = invite.callId();
        this.callerTag = invite.from().tag();
        this.calleeTag = answer.to().tag();
        this.caller = caller;
        this.callee = callee;
        this.callerAddress = invite.header("From");
        this.calleeAddress = answer.header("To");
        this.calleeTarget = answer.contacts().isEmpty() ? invite.requestUri() : answer.contacts().get(0).uri().toString();
        this.routeSet = routeSetOf(answer);
        this.inviteCseq = invite.cseq().number();
        this.callerCseq = inviteCseq;
    }

    /**
     * Returns the route set a UAC builds from a 2xx (RFC 3261 §12.1.2): the Record-Route entries in
     * reverse order.
     *
     * @param answer the 2xx
     * @return the Route header values, first hop first; empty without Record-Route
     */
    public static List<String> routeSetOf(SipResponse answer) {
        List<NameAddress> recordRoutes = answer.recordRoutes();
        List<String> routes = new ArrayList<>(recordRoutes.size());
        for (int i = recordRoutes.size() - 1; i >= 0; i--) {
            routes.add(recordRoutes.get(i).toString());
        }
        return List.copyOf(routes);
    }

    /** @return the Call-ID */
    public String callId() {
        return callId;
    }

    /** @return the caller's tag */
    public String callerTag() {
        return callerTag;
    }

    /** @return the answering target's tag */
    public String calleeTag() {
        return calleeTag;
    }

    /** @return where the caller is */
    public SipEndpoint caller() {
        return caller;
    }

    /** @return where the answering target is */
    public SipEndpoint callee() {
        return callee;
    }

    /** @return the caller's From (name-addr with its tag) */
    public String callerAddress() {
        return callerAddress;
    }

    /** @return the answering target's To (name-addr with its tag) */
    public String calleeAddress() {
        return calleeAddress;
    }

    /** @return the caller's remote target: the Contact URI of the 2xx */
    public String calleeTarget() {
        return calleeTarget;
    }

    /** @return the caller's route set, first hop first */
    public List<String> routeSet() {
        return routeSet;
    }

    /** @return the CSeq number of the INVITE (the one of its ACK) */
    public long inviteCseq() {
        return inviteCseq;
    }

    /**
     * Returns the caller's next CSeq number for a new request inside the dialog.
     *
     * @return the number
     */
    public synchronized long nextCallerCseq() {
        return ++callerCseq;
    }

    /**
     * Tells whether a request belongs to this dialog (sent by either side).
     *
     * @param requestCallId its Call-ID
     * @param fromTag       its From tag
     * @param toTag         its To tag
     * @return {@code true} when Call-ID and tags match
     */
    public boolean matches(String requestCallId, String fromTag, String toTag) {
        return callId.equals(requestCallId) && ((Objects.equals(fromTag, callerTag) && Objects.equals(toTag, calleeTag))
                || (Objects.equals(fromTag, calleeTag) && Objects.equals(toTag, callerTag)));
    }

    /**
     * Returns where a request with this From tag is relayed to.
     *
     * @param fromTag the request's From tag
     * @return the other side
     */
    public SipEndpoint destinationFor(String fromTag) {
        return callerTag.equals(fromTag) ? callee : caller;
    }

    @Override
    public String toString() {
        return "ProxiedDialog[" + callId + ", caller " + callerTag + ", callee " + calleeTag + "]";
    }
}
