package io.drachtio.testserver.engine;

import io.drachtio.testserver.TestClock;
import io.drachtio.testserver.stack.SipEndpoint;

/**
 * A dialog in the server's dialog table (§8.4), seen from the application's side: "local" is the
 * application (the server acting for it), "remote" is the simulated party on the network.
 */
public final class Dialog {

    /** Which side created the dialog. */
    public enum Role {
        /** The application answered a request from the network. */
        UAS,
        /** The application sent the dialog-creating request. */
        UAC
    }

    private final String id;
    private final Role role;
    private final String callId;
    private final String localTag;
    private final String remoteTag;
    private final String localAddress;
    private final String remoteAddress;
    private final SipEndpoint farEnd;
    private final String localContact;
    private final long inviteCseq;
    private final ControlConnection owner;
    private String remoteTarget;
    private long localCseq;
    private long remoteCseq;
    private long localInviteCseq;
    private long remoteInviteCseq;
    private boolean confirmed;
    private boolean acknowledged;
    private TestClock.Timer ackTimer;

    /**
     * Creates a dialog.
     *
     * @param id            the dialog id, {@code <Call-ID>;from-tag=<tag of the creating request>}
     * @param role          which side created it
     * @param callId        the Call-ID
     * @param localTag      the application side's tag
     * @param remoteTag     the network side's tag
     * @param localAddress  the application side's name-addr, without tag
     * @param remoteAddress the network side's name-addr, with its tag
     * @param remoteTarget  the network side's Contact URI
     * @param farEnd        where requests to the network side go
     * @param localContact  the Contact URI the server gave the application side
     * @param inviteCseq    the CSeq number of the dialog-creating request
     * @param localCseq     the application side's last CSeq number
     * @param remoteCseq    the network side's last CSeq number
     * @param owner         the connection that owns the dialog
     */
    public Dialog(String id, Role role, String callId, String localTag, String remoteTag, String localAddress,
            String remoteAddress, String remoteTarget, SipEndpoint farEnd, String localContact, long inviteCseq,
            long localCseq, long remoteCseq, ControlConnection owner) {
        this.id = id;
        this.role = role;
        this.callId = callId;
        this.localTag = localTag;
        this.remoteTag = remoteTag;
        this.localAddress = localAddress;
        this.remoteAddress = remoteAddress;
        this.remoteTarget = remoteTarget;
        this.farEnd = farEnd;
        this.localContact = localContact;
        this.inviteCseq = inviteCseq;
        this.localCseq = localCseq;
        this.remoteCseq = remoteCseq;
        this.localInviteCseq = inviteCseq;
        this.remoteInviteCseq = inviteCseq;
        this.owner = owner;
    }

    /** @return the dialog id */
    public String id() {
        return id;
    }

    /** @return which side created the dialog */
    public Role role() {
        return role;
    }

    /** @return the Call-ID */
    public String callId() {
        return callId;
    }

    /** @return the application side's tag */
    public String localTag() {
        return localTag;
    }

    /** @return the network side's tag */
    public String remoteTag() {
        return remoteTag;
    }

    /** @return the application side's name-addr without tag */
    public String localAddress() {
        return localAddress;
    }

    /** @return the network side's name-addr with tag */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** @return the network side's Contact URI (target of in-dialog requests) */
    public synchronized String remoteTarget() {
        return remoteTarget;
    }

    synchronized void remoteTarget(String uri) {
        this.remoteTarget = uri;
    }

    /** @return where requests to the network side go */
    public SipEndpoint farEnd() {
        return farEnd;
    }

    /** @return the Contact URI of the application side */
    public String localContact() {
        return localContact;
    }

    /** @return the CSeq number of the dialog-creating INVITE or SUBSCRIBE */
    public long inviteCseq() {
        return inviteCseq;
    }

    synchronized long nextLocalCseq() {
        return ++localCseq;
    }

    /**
     * Returns the CSeq number of the latest INVITE the application side sent in this dialog (the
     * dialog-creating one until a re-INVITE), which its ACK repeats.
     *
     * @return the CSeq number
     */
    public synchronized long localInviteCseq() {
        return localInviteCseq;
    }

    synchronized void localInvite(long cseq) {
        this.localInviteCseq = cseq;
    }

    /**
     * Returns the CSeq number of the latest INVITE the network side sent in this dialog, which
     * its ACK repeats.
     *
     * @return the CSeq number
     */
    public synchronized long remoteInviteCseq() {
        return remoteInviteCseq;
    }

    /**
     * Returns the next CSeq number the network side uses in this dialog, remembering it as the
     * latest network-side INVITE when the request is one.
     *
     * @param invite whether the request is an INVITE
     * @return the number, one more than the last one seen
     */
    public synchronized long nextRemoteCseq(boolean invite) {
        long next = ++remoteCseq;
        if (invite) {
            remoteInviteCseq = next;
        }
        return next;
    }

    synchronized void seenRemoteCseq(long number, boolean invite) {
        if (number > remoteCseq) {
            remoteCseq = number;
        }
        if (invite) {
            remoteInviteCseq = number;
        }
    }

    /** @return the connection owning the dialog */
    public ControlConnection owner() {
        return owner;
    }

    /** @return {@code true} once the 2xx was sent or received */
    public synchronized boolean isConfirmed() {
        return confirmed;
    }

    synchronized void confirm() {
        this.confirmed = true;
    }

    /** @return {@code true} once the ACK for the 2xx reached the application (UAS) */
    public synchronized boolean isAcknowledged() {
        return acknowledged;
    }

    synchronized void acknowledge() {
        this.acknowledged = true;
        cancelAckTimer();
    }

    synchronized void ackTimer(TestClock.Timer timer) {
        cancelAckTimer();
        this.ackTimer = timer;
    }

    synchronized void cancelAckTimer() {
        if (ackTimer != null) {
            ackTimer.cancel();
            ackTimer = null;
        }
    }

    @Override
    public String toString() {
        return "Dialog[" + id + ", " + role + (isConfirmed() ? ", confirmed" : ", early") + "]";
    }
}
