package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.dialog.DialogIds;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes the responses to a request an application sent back to that application as
 * {@code sip|network|…|<transactionId>|<dialogId>|} (§6.2.4), except 100 Trying and anything after the
 * final response. Responses that arrive before the R1 reply went out wait for it. For an INVITE outside a
 * dialog it records the dialog's owner and emits the UAC CDRs. A timeout or transport failure is
 * reported as the 408 / 503 drachtio-server's stack generates.
 */
final class ResponseRelay implements ClientTransactionListener {

    private final ControlParts parts;
    private final ControlConnection owner;
    private final boolean createsDialog;
    private final boolean dialogCreatingInvite;
    private String dialogId;
    private final List<Runnable> waiting = new ArrayList<>();
    private ClientTransaction transaction;
    private String transactionId;
    private boolean finished;
    private boolean cancelled;

    /**
     * Creates the relay of one request.
     *
     * @param parts                the shared parts
     * @param owner                the application connection that sent the request
     * @param dialogId             the dialog id of a request inside a dialog, or {@code null}
     * @param method               the request's method
     */
    ResponseRelay(ControlParts parts, ControlConnection owner, String dialogId, String method) {
        this.parts = parts;
        this.owner = owner;
        this.dialogId = dialogId;
        this.createsDialog = dialogId == null && ("INVITE".equals(method) || "SUBSCRIBE".equals(method));
        this.dialogCreatingInvite = createsDialog && "INVITE".equals(method);
    }

    /** The R1 reply went out: relay what waited for it, and everything from now on at once. */
    void announced(ClientTransaction transaction) {
        this.transaction = transaction;
        transactionId = transaction.id();
        SipRequest sent = transaction.request();
        if (createsDialog) {
            dialogId = DialogIds.of(sent.callId(), sent.from().tag());
        }
        if (dialogCreatingInvite) {
            parts.owners().appInvite(transactionId, this);
        }
        waiting.forEach(Runnable::run);
        waiting.clear();
    }

    /** @return the request's transaction, once {@link #announced} */
    ClientTransaction transaction() {
        return transaction;
    }

    /** The application cancelled the INVITE (a 487 then ends the call as cancelled, not rejected). */
    void markCancelled() {
        cancelled = true;
    }

    @Override
    public void onResponse(ClientTransaction transaction, ReceivedMessage response) {
        SipResponse sipResponse = response.response();
        if (sipResponse.status() == 100) {
            return;
        }
        relay(sipResponse, parts.networkMeta(response));
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
        generated(transaction, 408);
    }

    @Override
    public void onTransportError(ClientTransaction transaction, Throwable cause) {
        generated(transaction, 503);
    }

    private void generated(ClientTransaction transaction, int status) {
        SipRequest request = transaction.request();
        SipResponse response = SipResponse.forRequest(request, status);
        relay(response, parts.plane().frames().meta(Source.NETWORK, response.toBytes().length,
                ControlParts.endpoint(transaction.peer())));
    }

    private void relay(SipResponse response, MessageMeta meta) {
        if (transactionId == null) {
            waiting.add(() -> relay(response, meta));
            return;
        }
        if (finished) {
            return;
        }
        int status = response.status();
        byte[] sip = response.toBytes();
        if (status >= 200) {
            finished = true;
        }
        if (dialogCreatingInvite) {
            track(status, sip);
        }
        if (owner.isOpen()) {
            owner.send(SipEvent.of(parts.plane().frames().nextId(), meta, transactionId, dialogId, sip));
        }
    }

    private void track(int status, byte[] sip) {
        if (status < 300 && parts.core().dialog(dialogId) != null) {
            parts.owners().ownDialog(dialogId, owner);
        }
        if (status >= 200) {
            parts.owners().appInviteEnded(transactionId, dialogId, status >= 300);
            if (status < 300) {
                parts.cdrs().start(Source.NETWORK, Cdrs.ROLE_UAC, sip);
            } else {
                parts.cdrs().stop(Source.NETWORK, cancelled && status == 487 ? Cdrs.CALL_CANCELED
                        : Cdrs.CALL_REJECTED, sip);
            }
        }
    }
}
