package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server's transactions by transaction id: requests from the network handed to applications,
 * and requests sent to the network for applications.
 */
public final class Transactions {

    private final Map<String, IncomingTransaction> incoming = new HashMap<>();
    private final Map<String, OutgoingTransaction> outgoing = new HashMap<>();
    private final List<IncomingTransaction> incomingInvites = new ArrayList<>();
    private final Map<String, IncomingTransaction> incomingByBranch = new HashMap<>();

    /**
     * Registers a request from the network.
     *
     * @param transaction the transaction
     */
    public void add(IncomingTransaction transaction) {
        incoming.put(transaction.id(), transaction);
        incomingByBranch.put(branchKey(transaction.request()), transaction);
        if (transaction.isInvite()) {
            incomingInvites.add(transaction);
        }
    }

    /**
     * Registers a request sent to the network.
     *
     * @param transaction the transaction
     */
    public void add(OutgoingTransaction transaction) {
        outgoing.put(transaction.id(), transaction);
    }

    /**
     * Looks up a request from the network by its transaction id.
     *
     * @param id the transaction id
     * @return the transaction, or {@code null}
     */
    public IncomingTransaction incoming(String id) {
        return incoming.get(id);
    }

    /**
     * Looks up a request sent to the network by its transaction id.
     *
     * @param id the transaction id
     * @return the transaction, or {@code null}
     */
    public OutgoingTransaction outgoing(String id) {
        return outgoing.get(id);
    }

    /**
     * Tells whether a request from the network repeats one already handed to an application:
     * same top Via branch, method and Call-ID.
     *
     * @param request the request
     * @return {@code true} for a retransmission
     */
    public boolean isRetransmission(SipRequest request) {
        return incomingByBranch.containsKey(branchKey(request));
    }

    private static String branchKey(SipRequest request) {
        String branch = request.topVia() == null ? null : request.topVia().branch();
        return branch + '\n' + request.method() + '\n' + request.callId();
    }

    /**
     * Finds the INVITE from the network that an ACK or CANCEL refers to: same Call-ID, same From
     * tag and same CSeq number.
     *
     * @param request the ACK or CANCEL
     * @return the INVITE's transaction, the most recent one when several match; {@code null} if none
     */
    public IncomingTransaction inviteMatching(SipRequest request) {
        String callId = request.callId();
        String fromTag = request.from() == null ? null : request.from().tag();
        long number = request.cseq() == null ? -1 : request.cseq().number();
        for (int i = incomingInvites.size() - 1; i >= 0; i--) {
            IncomingTransaction invite = incomingInvites.get(i);
            SipRequest candidate = invite.request();
            if (Objects.equals(candidate.callId(), callId) && candidate.cseq() != null
                    && candidate.cseq().number() == number && candidate.from() != null
                    && Objects.equals(candidate.from().tag(), fromTag)) {
                return invite;
            }
        }
        return null;
    }
}
