package io.drachtio.embedded.sip.dialog;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.Uri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dialog (RFC 3261 §12): Call-ID, local and remote tag, local and remote party, remote target (the
 * peer's Contact), route set (from Record-Route) and CSeq numbers. Created by the UA core for 2xx and
 * reliable 1xx responses to INVITE; used on the scheduler thread.
 */
public final class Dialog {

    private final String id;
    private final DialogRole role;
    private final String callId;
    private final String localTag;
    private final String remoteTag;
    private final String localParty;
    private final String remoteParty;
    private long inviteCSeq;
    private List<String> routeSet;
    private Uri remoteTarget;
    private long localCSeq;
    private long remoteCSeq;
    private DialogState state;
    private long lastRemoteRSeq = -1;

    private Dialog(DialogRole role, String callId, String localTag, String remoteTag, String localParty,
                   String remoteParty, long inviteCSeq, List<String> routeSet, Uri remoteTarget, long localCSeq,
                   long remoteCSeq, DialogState state) {
        this.id = DialogIds.of(callId, role == DialogRole.UAS ? remoteTag : localTag);
        this.role = role;
        this.callId = callId;
        this.localTag = localTag;
        this.remoteTag = remoteTag;
        this.localParty = localParty;
        this.remoteParty = remoteParty;
        this.inviteCSeq = inviteCSeq;
        this.routeSet = routeSet;
        this.remoteTarget = remoteTarget;
        this.localCSeq = localCSeq;
        this.remoteCSeq = remoteCSeq;
        this.state = state;
    }

    /**
     * Creates the dialog of a received INVITE answered with a 2xx or reliable 1xx (RFC 3261 §12.1.1):
     * route set = the request's Record-Route in order, remote target = its Contact.
     *
     * @param invite        the INVITE as received
     * @param response      the response sent (with the local To-tag)
     * @param firstLocalCSeq the CSeq number the first request the stack sends in the dialog will use
     * @return the dialog, early for 1xx and confirmed for 2xx
     */
    public static Dialog asUas(SipRequest invite, SipResponse response, long firstLocalCSeq) {
        long cseq = invite.cseq().number();
        return new Dialog(DialogRole.UAS, invite.callId(), response.to().tag(), invite.from().tag(),
                response.header(HeaderNames.TO), invite.header(HeaderNames.FROM), cseq,
                List.copyOf(invite.headerValues(HeaderNames.RECORD_ROUTE)), contactUri(invite, invite.uri()),
                firstLocalCSeq - 1, cseq, stateFor(response));
    }

    /**
     * Creates the dialog of an INVITE the stack sent, from a 2xx or reliable 1xx response (RFC 3261
     * §12.1.2): route set = the response's Record-Route reversed, remote target = its Contact.
     *
     * @param invite   the INVITE as sent
     * @param response the response received (with the remote To-tag)
     * @return the dialog, early for 1xx and confirmed for 2xx
     */
    public static Dialog asUac(SipRequest invite, SipResponse response) {
        long cseq = invite.cseq().number();
        return new Dialog(DialogRole.UAC, invite.callId(), invite.from().tag(), response.to().tag(),
                invite.header(HeaderNames.FROM), response.header(HeaderNames.TO), cseq,
                reversedRecordRoutes(response), contactUri(response, invite.uri()), cseq, -1, stateFor(response));
    }

    private static DialogState stateFor(SipResponse response) {
        return response.status() >= 200 ? DialogState.CONFIRMED : DialogState.EARLY;
    }

    private static List<String> reversedRecordRoutes(SipResponse response) {
        List<String> routes = new ArrayList<>(response.headerValues(HeaderNames.RECORD_ROUTE));
        Collections.reverse(routes);
        return List.copyOf(routes);
    }

    private static Uri contactUri(SipMessage message, Uri fallback) {
        List<NameAddress> contacts = message.contacts();
        return contacts.isEmpty() || contacts.get(0).isWildcard() ? fallback : contacts.get(0).uri();
    }

    /**
     * Returns the dialog id, {@code <Call-ID>;from-tag=<From-tag of the dialog-creating request>}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns which side of the INVITE the stack was on.
     *
     * @return UAC or UAS
     */
    public DialogRole role() {
        return role;
    }

    /**
     * Returns the Call-ID.
     *
     * @return the Call-ID
     */
    public String callId() {
        return callId;
    }

    /**
     * Returns the stack's tag.
     *
     * @return the local tag
     */
    public String localTag() {
        return localTag;
    }

    /**
     * Returns the peer's tag.
     *
     * @return the remote tag
     */
    public String remoteTag() {
        return remoteTag;
    }

    /**
     * Returns the local party as written in From of requests the stack sends (with the local tag).
     *
     * @return the header value
     */
    public String localParty() {
        return localParty;
    }

    /**
     * Returns the remote party as written in To of requests the stack sends (with the remote tag).
     *
     * @return the header value
     */
    public String remoteParty() {
        return remoteParty;
    }

    /**
     * Returns the peer's Contact URI, the Request-URI of in-dialog requests.
     *
     * @return the remote target
     */
    public Uri remoteTarget() {
        return remoteTarget;
    }

    /**
     * Returns the route set, as Route header values in the order they are sent.
     *
     * @return the route set, possibly empty
     */
    public List<String> routeSet() {
        return routeSet;
    }

    /**
     * Returns the CSeq number of the last INVITE in the dialog (the dialog-creating one, or the last
     * re-INVITE the stack sent): the ACK for its 2xx and the RAck of PRACKs use it.
     *
     * @return the INVITE's CSeq number
     */
    public long inviteCSeq() {
        return inviteCSeq;
    }

    /** Records the CSeq of a re-INVITE the stack sends in the dialog. */
    void inviteSent(long cseq) {
        this.inviteCSeq = cseq;
    }

    /**
     * Takes the remote target from a message's Contact when it has one (target refresh, RFC 3261 §12.2).
     *
     * @param message a re-INVITE or UPDATE received, or a 2xx to one sent
     */
    public void refreshTarget(SipMessage message) {
        remoteTarget = contactUri(message, remoteTarget);
    }

    /**
     * Returns the CSeq number for the next request the stack sends in the dialog, and advances it.
     *
     * @return the new local CSeq number
     */
    public long nextLocalCSeq() {
        return ++localCSeq;
    }

    /**
     * Checks and records the CSeq of a request received in the dialog (RFC 3261 §12.2.2).
     *
     * @param number the request's CSeq number
     * @return false when it is lower than the last one (the request must be answered 500)
     */
    public boolean acceptRemoteCSeq(long number) {
        if (remoteCSeq >= 0 && number < remoteCSeq) {
            return false;
        }
        remoteCSeq = number;
        return true;
    }

    /**
     * Returns the state.
     *
     * @return early, confirmed or terminated
     */
    public DialogState state() {
        return state;
    }

    /**
     * Confirms an early dialog with a 2xx. For UAC dialogs the route set and remote target are taken from
     * the 2xx (RFC 3261 §13.2.2.4).
     *
     * @param response the 2xx response
     */
    public void confirm(SipResponse response) {
        if (state != DialogState.EARLY) {
            return;
        }
        state = DialogState.CONFIRMED;
        if (role == DialogRole.UAC) {
            routeSet = reversedRecordRoutes(response);
            refreshTarget(response);
        }
    }

    /** Marks the dialog terminated. */
    public void terminate() {
        state = DialogState.TERMINATED;
    }

    /**
     * Tells whether a request with these tags belongs to this dialog.
     *
     * @param requestToTag   the To-tag of a received request (our local tag)
     * @param requestFromTag the From-tag of a received request (the remote tag)
     * @return true when both tags match
     */
    public boolean matches(String requestToTag, String requestFromTag) {
        return localTag.equals(requestToTag) && remoteTag.equals(requestFromTag);
    }

    /**
     * Returns the RSeq of the last reliable provisional response received (UAC side, for PRACK).
     *
     * @return the RSeq, or -1 when none arrived
     */
    public long lastRemoteRSeq() {
        return lastRemoteRSeq;
    }

    /**
     * Records the RSeq of a reliable provisional response received (UAC side).
     *
     * @param rseq the RSeq value
     */
    public void lastRemoteRSeq(long rseq) {
        this.lastRemoteRSeq = rseq;
    }

    @Override
    public String toString() {
        return "Dialog[" + id + " " + role + " " + state + "]";
    }
}
