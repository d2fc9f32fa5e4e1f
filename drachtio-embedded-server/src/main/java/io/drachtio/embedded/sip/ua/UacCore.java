package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogIds;
import io.drachtio.embedded.sip.dialog.DialogRequests;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.dialog.DialogTable;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.message.DerivedRequests;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transaction.InviteClientTransaction;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transaction.TransactionLayer;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.TargetResolver;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The UAC side of the UA core (RFC 3261 §8.1, §12.1.2, §13.2, §9.1; RFC 3262 §4). Runs on the scheduler
 * thread.
 *
 * <ul>
 *   <li>Requests outside a dialog: completed with drachtio's defaults, sent to the route URI given, else
 *       the top Route, else the Request-URI.</li>
 *   <li>Responses to INVITE: 2xx and reliable 1xx with a To-tag create (or confirm) the dialog; a
 *       non-2xx final ends an early dialog; a retransmitted 2xx that was already ACKed is ACKed again
 *       and not reported.</li>
 *   <li>Requests in a dialog: built from the dialog ({@link DialogRequests}); ACK sent without a
 *       transaction and kept for 2xx retransmissions; the end of a BYE transaction ends the dialog.</li>
 *   <li>CANCEL: built from the INVITE (§9.1) and sent once a provisional response arrived.</li>
 * </ul>
 */
public final class UacCore {

    private final TransactionLayer layer;
    private final OutboundRequests outbound;
    private final DialogTable dialogs;
    private final DialogLifecycle lifecycle;
    private final SentAcks sentAcks;
    private final LocalEndpoint local;
    private final IdGenerator ids;

    UacCore(TransactionLayer layer, OutboundRequests outbound, DialogTable dialogs, DialogLifecycle lifecycle,
            SentAcks sentAcks, LocalEndpoint local, IdGenerator ids) {
        this.layer = layer;
        this.outbound = outbound;
        this.dialogs = dialogs;
        this.lifecycle = lifecycle;
        this.sentAcks = sentAcks;
        this.local = local;
        this.ids = ids;
    }

    /**
     * Sends a request outside a dialog.
     *
     * @param request  the TU's request (missing headers are completed)
     * @param routeUri where to send it instead of its Route / Request-URI (drachtio's route URL), or null
     * @param listener receives the outcome
     * @return the transaction once the request was handed to the transport, or a failed future (bad
     *         URI, unresolvable target)
     */
    public CompletableFuture<ClientTransaction> sendRequest(SipRequest request, String routeUri,
                                                            ClientTransactionListener listener) {
        Uri nextHop;
        try {
            nextHop = routeUri != null ? Uris.parse(routeUri) : TargetResolver.nextHop(request);
        } catch (SipParseException badUri) {
            return CompletableFuture.failedFuture(badUri);
        }
        return outbound.resolve(nextHop).thenApply(destination -> {
            SipRequest complete = RequestDefaults.complete(request, destination.transport(), local, ids);
            return outbound.send(complete, destination, ids.branch(), track(complete.method(), listener));
        });
    }

    /**
     * Sends a request other than ACK in a dialog.
     *
     * @param dialogId the dialog id
     * @param request  the TU's request; its Request-URI is a placeholder replaced by the remote target
     * @param listener receives the outcome
     * @return the transaction, or a future failed with {@link IllegalArgumentException} for an unknown
     *         dialog or with the transport error
     */
    public CompletableFuture<ClientTransaction> sendInDialog(String dialogId, SipRequest request,
                                                             ClientTransactionListener listener) {
        Dialog dialog = dialogs.get(dialogId);
        if (dialog == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unknown dialog: " + dialogId));
        }
        SipRequest prepared = DialogRequests.prepare(dialog, request);
        return outbound.resolve(nextHop(dialog))
                .thenApply(destination -> outbound.send(prepared, destination, ids.branch(),
                        track(prepared.method(), listener)));
    }

    /**
     * Sends the ACK for a 2xx in a dialog (no transaction) and keeps it for 2xx retransmissions.
     *
     * @param dialogId the dialog id
     * @param ack      the TU's ACK (headers other than the dialog's and the body are kept)
     * @return the ACK as sent, or a failed future as for {@link #sendInDialog}
     */
    public CompletableFuture<SipRequest> sendAck(String dialogId, SipRequest ack) {
        Dialog dialog = dialogs.get(dialogId);
        if (dialog == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Unknown dialog: " + dialogId));
        }
        SipRequest prepared = DialogRequests.prepare(dialog, ack);
        return outbound.resolve(nextHop(dialog)).thenApply(destination -> {
            SipRequest sent = outbound.sendStateless(prepared, destination, ids.branch());
            sentAcks.remember(dialog.callId(), dialog.remoteTag(), dialog.inviteCSeq(), sent, destination);
            return sent;
        });
    }

    /**
     * Cancels an INVITE the stack sent (RFC 3261 §9.1): the CANCEL goes out once a provisional response
     * arrived (at once if one did).
     *
     * @param invite   the INVITE's client transaction
     * @param listener receives the CANCEL's outcome
     * @return the CANCEL's transaction, or a future failed with {@link IllegalStateException} when the
     *         INVITE got a final response (or ended) before the CANCEL could be sent
     */
    public CompletableFuture<ClientTransaction> cancel(ClientTransaction invite, ClientTransactionListener listener) {
        if (!(invite instanceof InviteClientTransaction inviteTransaction)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Only INVITE can be cancelled: " + invite));
        }
        CompletableFuture<ClientTransaction> result = new CompletableFuture<>();
        inviteTransaction.afterProvisional(
                () -> result.complete(layer.sendRequest(DerivedRequests.cancelFor(invite.request()), invite.peer(), listener)),
                () -> result.completeExceptionally(new IllegalStateException(
                        "The INVITE ended before a CANCEL could be sent: " + invite)));
        return result;
    }

    /**
     * Handles a 2xx to INVITE that matched no transaction: a retransmission after the transaction ended.
     *
     * @param received the response
     */
    public void onStraySuccess(ReceivedMessage received) {
        SipResponse response = received.response();
        sentAcks.resend(response.callId(), response.to().tag(), response.cseq().number());
    }

    private static Uri nextHop(Dialog dialog) {
        List<String> routes = dialog.routeSet();
        return routes.isEmpty() ? dialog.remoteTarget() : NameAddress.parse(routes.get(0)).uri();
    }

    private ClientTransactionListener track(String method, ClientTransactionListener listener) {
        if (SipMethod.INVITE.equals(method)) {
            return new InviteTracker(listener);
        }
        return SipMethod.BYE.equals(method) ? new ByeTracker(listener) : listener;
    }

    /** Passes a transaction's events on to the TU's listener after the UA core has seen them. */
    private abstract static class Tracker implements ClientTransactionListener {
        final ClientTransactionListener delegate;

        Tracker(ClientTransactionListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onTimeout(ClientTransaction transaction) {
            delegate.onTimeout(transaction);
        }

        @Override
        public void onTransportError(ClientTransaction transaction, Throwable cause) {
            delegate.onTransportError(transaction, cause);
        }
    }

    /** Maintains dialogs from the responses to an INVITE before the TU sees them. */
    private final class InviteTracker extends Tracker {
        /** To-tags of the 2xx already reported: a repeat is a retransmission, answered with the ACK again. */
        private final Set<String> successTags = new HashSet<>();

        private InviteTracker(ClientTransactionListener delegate) {
            super(delegate);
        }

        @Override
        public void onResponse(ClientTransaction transaction, ReceivedMessage received) {
            SipResponse response = received.response();
            int status = response.status();
            SipRequest invite = transaction.request();
            String toTag = response.to().tag();
            if (status >= 200 && status < 300 && !successTags.add(String.valueOf(toTag))) {
                sentAcks.resend(response.callId(), toTag, response.cseq().number());
                return;
            }
            Long rseq = response.rseq();
            boolean reliable = status > 100 && status < 200 && rseq != null && toTag != null;
            if (toTag != null && (reliable || status >= 200 && status < 300)) {
                Dialog dialog = dialogs.get(DialogIds.of(invite.callId(), invite.from().tag()));
                if (dialog == null) {
                    dialog = dialogs.add(Dialog.asUac(invite, response));
                } else if (status >= 200) {
                    dialog.confirm(response);
                    dialog.refreshTarget(response);
                }
                if (reliable) {
                    dialog.lastRemoteRSeq(rseq);
                }
            } else if (status >= 300) {
                Dialog early = dialogs.get(DialogIds.of(invite.callId(), invite.from().tag()));
                if (early != null && early.state() == DialogState.EARLY) {
                    lifecycle.terminate(early, DialogTerminationReason.REJECTED);
                }
            }
            delegate.onResponse(transaction, received);
        }
    }

    /** Ends the dialog when a BYE the stack sent is answered finally, times out or cannot be sent. */
    private final class ByeTracker extends Tracker {

        private ByeTracker(ClientTransactionListener delegate) {
            super(delegate);
        }

        @Override
        public void onResponse(ClientTransaction transaction, ReceivedMessage received) {
            if (received.response().status() >= 200) {
                end(transaction);
            }
            delegate.onResponse(transaction, received);
        }

        @Override
        public void onTimeout(ClientTransaction transaction) {
            end(transaction);
            delegate.onTimeout(transaction);
        }

        @Override
        public void onTransportError(ClientTransaction transaction, Throwable cause) {
            end(transaction);
            delegate.onTransportError(transaction, cause);
        }

        private void end(ClientTransaction transaction) {
            SipRequest bye = transaction.request();
            lifecycle.terminate(dialogs.findForRequest(bye.callId(), bye.to().tag(), bye.from().tag()),
                    DialogTerminationReason.BYE_SENT);
        }
    }
}
