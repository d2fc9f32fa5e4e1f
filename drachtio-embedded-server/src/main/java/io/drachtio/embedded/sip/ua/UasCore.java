package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogIds;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.dialog.DialogTable;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.transaction.InviteServerTransaction;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transaction.TransactionLayer;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAS side of the UA core (RFC 3261 §8.2, §12.1.1, §13.3, §9.2; RFC 3262 §3). Everything runs on the
 * scheduler thread.
 *
 * <ul>
 *   <li>New requests: outside a dialog straight to the TU (BYE and UPDATE there get 481, as in
 *       drachtio-server); with a To-tag matched to a dialog (else 481),
 *       CSeq checked (else 500), PRACKs matched to the reliable provisional by RAck (else 481).</li>
 *   <li>Responses from the TU: To-tag added (13 alphanumerics, one per transaction); for INVITE 2xx and
 *       reliable 1xx a Contact is added when missing and the dialog created; reliable 1xx get an RSeq and
 *       are retransmitted until PRACK; 2xx are retransmitted until ACK (ACK timeout after 64×T1); a
 *       final response to BYE ends the dialog.</li>
 *   <li>CANCEL: 481 without a matching INVITE, else 200, and 487 for an INVITE still unanswered.</li>
 * </ul>
 */
public final class UasCore {

    private static final Logger LOG = LoggerFactory.getLogger(UasCore.class);

    private final TransactionLayer layer;
    private final DialogTable dialogs;
    private final AckWaiters ackWaiters;
    private final ReliableProvisionals reliable;
    private final DialogLifecycle lifecycle;
    private final LocalEndpoint local;
    private final IdGenerator ids;
    private final TransactionUser tu;

    UasCore(TransactionLayer layer, DialogTable dialogs, AckWaiters ackWaiters, ReliableProvisionals reliable,
            DialogLifecycle lifecycle, LocalEndpoint local, IdGenerator ids, TransactionUser tu) {
        this.layer = layer;
        this.dialogs = dialogs;
        this.ackWaiters = ackWaiters;
        this.reliable = reliable;
        this.lifecycle = lifecycle;
        this.local = local;
        this.ids = ids;
        this.tu = tu;
    }

    /**
     * Handles a new request other than ACK and CANCEL.
     *
     * @param received the request
     */
    public void onRequest(ReceivedMessage received) {
        SipRequest request = received.request();
        String toTag = request.to().tag();
        ServerTransaction transaction = layer.createServerTransaction(received);
        if (toTag == null) {
            if (SipMethod.BYE.equals(request.method()) || SipMethod.UPDATE.equals(request.method())) {
                reject(transaction, 481, "Call/Transaction Does Not Exist");
            } else {
                tu.onRequest(transaction, null);
            }
            return;
        }
        Dialog dialog = dialogs.findForRequest(request.callId(), request.from().tag(), toTag);
        if (dialog == null) {
            reject(transaction, 481, "Call/Transaction Does Not Exist");
        } else if (!dialog.acceptRemoteCSeq(request.cseq().number())) {
            reject(transaction, 500, "CSeq Out Of Order");
        } else if (SipMethod.PRACK.equals(request.method()) && !reliable.onPrack(dialog, request.rack())) {
            reject(transaction, 481, "No Matching Reliable Provisional Response");
        } else {
            refreshTarget(dialog, request);
            tu.onRequest(transaction, dialog);
        }
    }

    private static void refreshTarget(Dialog dialog, SipRequest request) {
        if (SipMethod.INVITE.equals(request.method()) || SipMethod.UPDATE.equals(request.method())) {
            dialog.refreshTarget(request);
        }
    }

    /**
     * Handles a CANCEL (RFC 3261 §9.2).
     *
     * @param received the CANCEL
     */
    public void onCancel(ReceivedMessage received) {
        ServerTransaction cancel = layer.createServerTransaction(received);
        InviteServerTransaction invite = layer.inviteFor(received.request());
        if (invite == null) {
            reject(cancel, 481, "Call/Transaction Does Not Exist");
            return;
        }
        cancel.localTag(localTag(invite));
        respond(cancel, SipResponse.forRequest(received.request(), 200));
        if (invite.isProceeding()) {
            respond(invite, SipResponse.forRequest(invite.request(), 487));
            tu.onCancel(invite, received);
        }
    }

    /**
     * Handles an ACK that matched no server transaction: the ACK of a 2xx.
     *
     * @param received the ACK
     */
    public void onAck(ReceivedMessage received) {
        SipRequest ack = received.request();
        Dialog dialog = dialogs.findForRequest(ack.callId(), ack.from().tag(), ack.to().tag());
        ServerTransaction invite = dialog == null ? null : ackWaiters.acknowledged(dialog, ack.cseq().number());
        if (invite != null) {
            tu.onAck(invite, dialog, received);
        } else {
            LOG.debug("Absorbed ACK without a 2xx waiting for it: Call-ID {}", ack.callId());
        }
    }

    /**
     * Sends a TU's response on a server transaction, completing it as described on the class.
     *
     * @param transaction the transaction
     * @param response    the response; changed in place (To-tag, Contact, RSeq)
     * @throws IllegalStateException when the transaction cannot send it (already answered, ended)
     */
    public void respond(ServerTransaction transaction, SipResponse response) {
        SipRequest request = transaction.request();
        int status = response.status();
        String responseTag = response.to().tag();
        if (status > 100 && responseTag == null) {
            response.headers().set(HeaderNames.TO, response.header(HeaderNames.TO) + ";tag=" + localTag(transaction));
        } else if (responseTag != null && transaction.localTag() == null) {
            transaction.localTag(responseTag);
        }
        boolean invite = SipMethod.INVITE.equals(request.method());
        boolean reliableProvisional = invite && status > 100 && status < 200 && requires100rel(response);
        Dialog dialog = null;
        if (invite && (reliableProvisional || status >= 200 && status < 300)) {
            if (!response.hasHeader(HeaderNames.CONTACT)) {
                response.headers().set(HeaderNames.CONTACT, "<" + local.uri(transaction.peer().transport()) + ">");
            }
            dialog = dialogFor(request, response);
            if (reliableProvisional) {
                reliable.number(dialog, response);
            }
        }
        transaction.sendResponse(response);
        if (invite) {
            afterInviteResponse(transaction, response, dialog, reliableProvisional);
        } else if (SipMethod.BYE.equals(request.method()) && status >= 200) {
            lifecycle.terminate(dialogs.findForRequest(request.callId(), request.from().tag(), request.to().tag()),
                    DialogTerminationReason.BYE_RECEIVED);
        }
    }

    private void afterInviteResponse(ServerTransaction transaction, SipResponse response, Dialog dialog,
                                     boolean reliableProvisional) {
        int status = response.status();
        if (reliableProvisional) {
            reliable.track(dialog, response, transaction.peer(), () -> prackTimeout(transaction, dialog));
        } else if (status >= 200 && status < 300) {
            reliable.stop(dialog);
            dialog.confirm(response);
            ackWaiters.await(transaction, dialog, response, tu::onAckTimeout);
        } else if (status >= 300) {
            Dialog early = dialogs.get(DialogIds.of(transaction.request().callId(), transaction.request().from().tag()));
            if (early != null && early.state() == DialogState.EARLY) {
                lifecycle.terminate(early, DialogTerminationReason.REJECTED);
            }
        }
    }

    private Dialog dialogFor(SipRequest request, SipResponse response) {
        String toTag = request.to().tag();
        if (toTag != null) {
            Dialog existing = dialogs.findForRequest(request.callId(), request.from().tag(), toTag);
            if (existing != null) {
                return existing;
            }
        }
        return dialogs.add(Dialog.asUas(request, response, ids.cseq()));
    }

    /** RFC 3262 §3: no PRACK within 64×T1 → the INVITE is rejected with a 5xx. */
    private void prackTimeout(ServerTransaction transaction, Dialog dialog) {
        lifecycle.terminate(dialog, DialogTerminationReason.PRACK_TIMEOUT);
        if (transaction instanceof InviteServerTransaction invite && invite.isProceeding()) {
            SipResponse failure = SipResponse.forRequest(invite.request(), 500, "Reliable Provisional Response Not Acknowledged");
            failure.headers().set(HeaderNames.TO, failure.header(HeaderNames.TO) + ";tag=" + localTag(invite));
            invite.sendResponse(failure);
        }
    }

    private void reject(ServerTransaction transaction, int status, String reason) {
        respond(transaction, SipResponse.forRequest(transaction.request(), status, reason));
    }

    private String localTag(ServerTransaction transaction) {
        if (transaction.localTag() == null) {
            String requestTag = transaction.request().to().tag();
            transaction.localTag(requestTag != null ? requestTag : ids.tag());
        }
        return transaction.localTag();
    }

    private static boolean requires100rel(SipResponse response) {
        for (String option : response.headerValues(HeaderNames.REQUIRE)) {
            if (option.trim().equalsIgnoreCase("100rel")) {
                return true;
            }
        }
        return false;
    }
}
