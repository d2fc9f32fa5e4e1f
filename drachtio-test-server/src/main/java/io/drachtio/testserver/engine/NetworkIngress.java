package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.StackResponses;
import io.drachtio.testserver.stack.ViaRport;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Requests arriving from the simulated network (sent by the test), handled like drachtio-server's
 * SIP stack handles them (§6.2, §7.1, §8.1): ACK matched to the INVITE it acknowledges, CANCEL
 * answered by the server and reported on the INVITE's transaction id, in-dialog requests routed to
 * the dialog's owner, new requests delivered round robin to a routed connection or answered 503.
 * Retransmissions of a delivered request are dropped; on the test clock, a new request not answered
 * within 64 s is forgotten and a BYE not answered within 32 s is answered 500 by the stack (§8.10).
 */
public final class NetworkIngress {

    /** How long an application may take to answer or proxy a new request before it is forgotten. */
    public static final Duration NEW_REQUEST_TIMEOUT = Duration.ofSeconds(64);
    /** How long an application may take to answer a BYE before the stack answers 500. */
    public static final Duration BYE_TIMEOUT = Duration.ofSeconds(32);

    /** The lower-case methods of new requests delivered to a connection routed for them (§7.1). */
    public static final Set<String> ROUTED_METHODS =
            Set.of("invite", "register", "subscribe", "notify", "options", "info", "message", "publish");

    private final ServerContext context;
    private final Cdrs cdrs;
    private final Teardown teardown;
    private final Relay relay;
    private final Proxying proxying;

    /**
     * Creates the handler.
     *
     * @param context  the server state
     * @param cdrs     the CDR emitter
     * @param teardown the server-initiated BYE
     * @param relay    the relay of record-routed proxied dialogs
     * @param proxying the proxy operations (a CANCEL may end one)
     */
    public NetworkIngress(ServerContext context, Cdrs cdrs, Teardown teardown, Relay relay, Proxying proxying) {
        this.context = context;
        this.cdrs = cdrs;
        this.teardown = teardown;
        this.relay = relay;
        this.proxying = proxying;
    }

    /**
     * Receives a request from the network.
     *
     * @param raw    the request as sent on the wire
     * @param target a connection to deliver a new request to regardless of routes (outbound mode),
     *               or {@code null} for the normal round robin
     * @return what became of it
     * @throws IllegalArgumentException when the bytes are not a SIP request with a Via
     */
    public IncomingTransaction receive(byte[] raw, ControlConnection target) {
        SipEndpoint source = SipBytes.sender(SipBytes.request(raw));
        byte[] delivered = ViaRport.apply(raw, source.port());
        SipRequest request = SipBytes.request(delivered);
        IncomingTransaction transaction =
                new IncomingTransaction(context.tokens().uuid(), request, delivered, raw.length, source);
        String method = transaction.method();
        if ("ACK".equals(method)) {
            ack(transaction);
        } else if ("CANCEL".equals(method)) {
            cancel(transaction);
        } else if (request.to() != null && request.to().tag() != null) {
            inDialog(transaction);
        } else {
            outOfDialog(transaction, target);
        }
        return transaction;
    }

    private void ack(IncomingTransaction ack) {
        IncomingTransaction invite = context.transactions().inviteMatching(ack.request());
        if (invite == null) {
            Dialog inDialog = dialogFor(ack.request());
            if (inDialog != null && inDialog.owner().isOpen()) {
                deliver(ack, inDialog.owner(), ack.id(), inDialog.id(), ack.receivedSize(), false);
            } else if (!relay.relayIfProxied(ack)) {
                ack.handledAs(RequestHandling.DROPPED, null);
            }
            return;
        }
        if (invite.phase() == IncomingTransaction.Phase.PROXIED) {
            proxiedAck(invite, ack);
            return;
        }
        boolean reInvite = invite.dialog() != null;
        Dialog dialog = reInvite ? invite.dialog() : context.dialogs().byId(invite.dialogId());
        boolean acknowledgesSuccess = invite.finalStatus() >= 200 && invite.finalStatus() < 300 && dialog != null
                && context.dialogs().contains(dialog) && dialog.owner().isOpen();
        if (acknowledgesSuccess && reInvite) {
            deliver(ack, dialog.owner(), ack.id(), dialog.id(), ack.receivedSize(), false);
        } else if (acknowledgesSuccess && !dialog.isAcknowledged()) {
            dialog.acknowledge();
            deliver(ack, dialog.owner(), invite.id(), dialog.id(), ack.receivedSize(), false);
        } else {
            ack.handledAs(RequestHandling.ABSORBED, null);
        }
    }

    /**
     * The ACK of a proxied INVITE: the ACK of a 2xx goes end to end to the answering target (relayed
     * when the dialog is record-routed, else straight, without the server); the ACK of a non-2xx the
     * server forwarded is absorbed (the server ACKed the target itself).
     */
    private void proxiedAck(IncomingTransaction invite, IncomingTransaction ack) {
        int status = invite.finalStatus();
        if (status < 200 || status >= 300) {
            ack.handledAs(RequestHandling.ABSORBED, null);
            return;
        }
        SipRequest relayed = relay.relay(ack);
        if (relayed == null) {
            ack.handledAs(RequestHandling.ABSORBED, null);
        }
        proxying.acknowledgedByCaller(invite, relayed != null ? relayed : ack.request());
    }

    private void cancel(IncomingTransaction cancel) {
        IncomingTransaction invite = context.transactions().inviteMatching(cancel.request());
        if (invite == null) {
            answer(cancel, 481, context.tokens().tag());
            return;
        }
        switch (invite.phase()) {
            case PROXIED -> {
                answer(cancel, 200, context.tokens().tag());
                proxying.cancelledByCaller(invite);
            }
            case CANCELLED -> answer(cancel, 200, context.tokens().tag());
            case COMPLETED -> {
                answer(cancel, 481, context.tokens().tag());
                Dialog dialog = context.dialogs().byId(invite.dialogId());
                if (invite.finalStatus() < 300 && dialog != null && !dialog.isAcknowledged()) {
                    teardown.bye(dialog, "CANCEL after 200 OK");
                }
            }
            default -> cancelPending(cancel, invite);
        }
    }

    private void cancelPending(IncomingTransaction cancel, IncomingTransaction invite) {
        answer(cancel, 200, context.tokens().tag());
        if (invite.localTag() == null) {
            invite.localTag(context.tokens().tag());
        }
        invite.phase(IncomingTransaction.Phase.CANCELLED);
        invite.responses().add(SipBytes.response(StackResponses.build(invite.request(), 487, invite.localTag())));
        Dialog early = invite.dialogId() == null ? null : context.dialogs().byId(invite.dialogId());
        if (early != null && !early.isConfirmed()) {
            context.dialogs().remove(early);
        }
        ControlConnection owner = invite.owner();
        if (owner != null && owner.isOpen()) {
            boolean answered = invite.appResponded();
            deliver(cancel, owner, invite.id(), answered ? invite.dialogId() : null,
                    answered ? invite.receivedSize() : cancel.receivedSize(), true);
        }
        cdrs.stop(Source.NETWORK, Cdrs.CALL_CANCELED, cancel.deliveredBytes());
    }

    private void inDialog(IncomingTransaction transaction) {
        if (relay.relayIfProxied(transaction)) {
            return;
        }
        Dialog dialog = dialogFor(transaction.request());
        boolean bye = "BYE".equals(transaction.method());
        if (dialog == null || !dialog.owner().isOpen()) {
            if (dialog != null && bye) {
                context.dialogs().remove(dialog);
            }
            answer(transaction, 481, null);
            return;
        }
        dialog.seenRemoteCseq(transaction.request().cseq().number(), transaction.isInvite());
        transaction.dialog(dialog);
        context.transactions().add(transaction);
        if (bye) {
            context.dialogs().remove(dialog);
        }
        deliver(transaction, dialog.owner(), transaction.id(), dialog.id(), transaction.receivedSize(), true);
        if (bye) {
            cdrs.stop(Source.NETWORK, Cdrs.NORMAL_RELEASE, transaction.deliveredBytes());
            context.schedule(BYE_TIMEOUT, () -> {
                if (transaction.phase() == IncomingTransaction.Phase.OPEN) {
                    transaction.phase(IncomingTransaction.Phase.RELEASED);
                    transaction.responses().add(SipBytes.response(StackResponses.build(transaction.request(), 500,
                            context.tokens().tag())));
                }
            });
        }
    }

    private void outOfDialog(IncomingTransaction transaction, ControlConnection target) {
        String verb = transaction.method().toLowerCase(Locale.ROOT);
        if (!ROUTED_METHODS.contains(verb)) {
            if ("bye".equals(verb) || "update".equals(verb) || "prack".equals(verb)) {
                answer(transaction, 481, context.tokens().tag());
            } else {
                transaction.handledAs(RequestHandling.DROPPED, null);
            }
            return;
        }
        if (context.transactions().isRetransmission(transaction.request())) {
            transaction.handledAs(RequestHandling.DROPPED, null);
            return;
        }
        ControlConnection connection = target != null ? target : context.routes().pick(verb);
        boolean invite = transaction.isInvite();
        if (connection == null || !connection.isOpen()) {
            byte[] unavailable = answer(transaction, 503, context.tokens().tag());
            if (invite) {
                cdrs.attempt(Source.NETWORK, transaction.deliveredBytes());
                cdrs.stop(Source.APPLICATION, Cdrs.CALL_REJECTED, unavailable);
            }
            return;
        }
        context.transactions().add(transaction);
        transaction.handledAs(RequestHandling.DELIVERED, connection);
        connection.send(SipEvent.newRequest(context.frames().nextId(),
                context.frames().meta(Source.NETWORK, transaction.receivedSize(), transaction.source()),
                transaction.id(), context.settings().sipHost(), context.settings().sipPort(),
                transaction.deliveredBytes()));
        if (invite) {
            cdrs.attempt(Source.NETWORK, transaction.deliveredBytes());
        }
        context.schedule(NEW_REQUEST_TIMEOUT, () -> {
            IncomingTransaction.Phase phase = transaction.phase();
            if (phase == IncomingTransaction.Phase.OPEN || phase == IncomingTransaction.Phase.PROCEEDING) {
                transaction.phase(IncomingTransaction.Phase.RELEASED);
            }
        });
    }

    private Dialog dialogFor(SipRequest request) {
        String toTag = request.to() == null ? null : request.to().tag();
        String fromTag = request.from() == null ? null : request.from().tag();
        return context.dialogs().forNetworkRequest(request.callId(), toTag, fromTag);
    }

    private void deliver(IncomingTransaction transaction, ControlConnection owner, String transactionId,
            String dialogId, int bytes, boolean withProtocol) {
        transaction.handledAs(RequestHandling.DELIVERED, owner);
        var meta = withProtocol ? context.frames().meta(Source.NETWORK, bytes, transaction.source())
                : context.frames().metaWithoutProtocol(Source.NETWORK, bytes, transaction.source());
        owner.send(SipEvent.of(context.frames().nextId(), meta, transactionId, dialogId,
                transaction.deliveredBytes()));
    }

    private byte[] answer(IncomingTransaction transaction, int status, String toTag) {
        String tag = toTag != null ? toTag : transaction.request().to().tag();
        byte[] response = StackResponses.build(transaction.request(), status, tag);
        transaction.responses().add(SipBytes.response(response));
        transaction.handledAs(RequestHandling.ANSWERED_BY_SERVER, null);
        return response;
    }
}
