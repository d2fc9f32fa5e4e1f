package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogIds;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.transaction.IgnoredOutcome;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.NetworkIngress;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SIP stack reports, turned into drachtio {@code sip} events for the application connections
 * (§6.2): new requests round robin to a connection routed for the method (or 503), in-dialog requests,
 * ACKs and CANCELs to the connection owning the dialog or INVITE, and the ACK timeout as a BYE of the
 * server's own, reported {@code unsolicited} (§6.2.6). CDRs as drachtio-server emits them. Runs on the
 * stack's event loop.
 */
public final class NetworkEvents implements TransactionUser {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkEvents.class);
    private static final byte[] ACK_TIMEOUT_BYE =
            "BYE sip:placeholder SIP/2.0\r\nReason: SIP;cause=200;text=\"ACK timeout\"\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ControlParts parts;

    NetworkEvents(ControlParts parts) {
        this.parts = parts;
    }

    @Override
    public void onRequest(ServerTransaction transaction, Dialog dialog) {
        ReceivedMessage received = transaction.received();
        SipRequest request = received.request();
        byte[] sip = request.toBytes();
        if (dialog != null) {
            inDialog(transaction, dialog, received, sip);
            return;
        }
        String verb = request.method().toLowerCase(Locale.ROOT);
        if (!NetworkIngress.ROUTED_METHODS.contains(verb)) {
            answer(transaction, 405);
            return;
        }
        ControlConnection connection = parts.plane().routes().pick(verb);
        boolean invite = "invite".equals(verb);
        if (connection == null || !connection.isOpen()) {
            parts.core().respond(transaction, SipResponse.forRequest(request, 503)).thenAccept(sent -> {
                if (invite) {
                    parts.cdrs().attempt(Source.NETWORK, sip);
                    parts.cdrs().stop(Source.APPLICATION, Cdrs.CALL_REJECTED, sent.toBytes());
                }
            });
            return;
        }
        String dialogId = invite || "subscribe".equals(verb) ? DialogIds.of(request.callId(), request.from().tag())
                : null;
        parts.owners().delivered(transaction.id(), new Delivery(connection, dialogId));
        var settings = parts.plane().settings();
        connection.send(SipEvent.newRequest(parts.plane().frames().nextId(), parts.networkMeta(received),
                transaction.id(), settings.sipHost(), settings.sipPort(), sip));
        if (invite) {
            parts.cdrs().attempt(Source.NETWORK, sip);
        }
    }

    private void inDialog(ServerTransaction transaction, Dialog dialog, ReceivedMessage received, byte[] sip) {
        ControlConnection owner = parts.owners().dialogOwner(dialog.id());
        if (owner == null || !owner.isOpen()) {
            answer(transaction, 481);
            return;
        }
        parts.owners().delivered(transaction.id(), new Delivery(owner, dialog.id()));
        owner.send(SipEvent.of(parts.plane().frames().nextId(), parts.networkMeta(received), transaction.id(),
                dialog.id(), sip));
        if ("BYE".equals(received.request().method())) {
            parts.cdrs().stop(Source.NETWORK, Cdrs.NORMAL_RELEASE, sip);
        }
    }

    @Override
    public void onAck(ServerTransaction invite, Dialog dialog, ReceivedMessage ack) {
        ControlConnection owner = parts.owners().dialogOwner(dialog.id());
        if (owner != null && owner.isOpen()) {
            owner.send(SipEvent.of(parts.plane().frames().nextId(), parts.networkMeta(ack).withoutProtocol(),
                    invite.id(), dialog.id(), ack.message().toBytes()));
        }
    }

    @Override
    public void onCancel(ServerTransaction invite, ReceivedMessage cancel) {
        Delivery delivery = parts.owners().release(invite.id());
        byte[] sip = cancel.message().toBytes();
        if (delivery != null && delivery.owner().isOpen()) {
            SipResponse provisional = invite.lastResponse();
            boolean answered = provisional != null && provisional.status() > 100 && provisional.status() < 200;
            delivery.owner().send(SipEvent.of(parts.plane().frames().nextId(), parts.networkMeta(cancel), invite.id(),
                    answered ? delivery.dialogId() : null, sip));
        }
        parts.cdrs().stop(Source.NETWORK, Cdrs.CALL_CANCELED, sip);
    }

    @Override
    public void onAckTimeout(ServerTransaction invite, Dialog dialog) {
        ControlConnection owner = parts.owners().dialogOwner(dialog.id());
        SipRequest bye = SipMessageParser.parseRequest(ACK_TIMEOUT_BYE.clone());
        parts.core().sendInDialog(dialog.id(), bye, IgnoredOutcome.INSTANCE).whenComplete((sent, error) -> {
            if (error != null) {
                LOG.info("Could not send the BYE after the ACK timeout of dialog {}: {}", dialog.id(),
                        error.getMessage());
                return;
            }
            byte[] sip = sent.request().toBytes();
            if (owner != null && owner.isOpen()) {
                owner.send(SipEvent.unsolicited(parts.plane().frames().nextId(),
                        parts.sentRequestMeta(sip, sent.peer()), dialog.id(), sip));
            }
            parts.cdrs().stop(Source.APPLICATION, Cdrs.SYSTEM_INITIATED, sip);
        });
    }

    @Override
    public void onDialogTerminated(Dialog dialog, DialogTerminationReason reason) {
        parts.owners().forgetDialog(dialog.id());
    }

    private void answer(ServerTransaction transaction, int status) {
        parts.core().respond(transaction, SipResponse.forRequest(transaction.request(), status));
    }
}
