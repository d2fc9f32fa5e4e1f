package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogRole;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.IgnoredOutcome;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.testserver.engine.AppRequestChecks;
import io.drachtio.testserver.engine.AppRequests;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.CommandDispatch;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.stack.ClientLayouts;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.Destinations;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.Source;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * An application sends a request (§5.5.2–5.5.4): outside a dialog ({@code sip||[|routeUrl]}), inside one
 * ({@code sip||<dialogId>}, including ACK and PRACK), or a CANCEL of its own INVITE
 * ({@code sip|<inviteTransactionId>|}). The checks and NOK texts are drachtio-server's; the request is
 * laid out with the stack's header rules and handed to the SIP stack, which adds Via, tags, Call-ID,
 * CSeq, Contact and the dialog's headers; the R1 reply carries the request as sent and comes before any
 * response.
 */
final class AppSends {

    private static final String PLACEHOLDER_URI = "sip:placeholder";

    private final ControlParts parts;

    AppSends(ControlParts parts) {
        this.parts = parts;
    }

    void request(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        String method = message.method().toUpperCase(Locale.ROOT);
        switch (AppRequestChecks.kind(command, method)) {
            case IN_DIALOG -> inDialog(connection, command, message, method);
            case OUT_OF_DIALOG -> outOfDialog(connection, command, message, method);
            case CANCEL -> cancel(connection, command);
            case IGNORED -> { }
        }
    }

    private void outOfDialog(ControlConnection connection, SipCommand command, ClientSipMessage message,
            String method) {
        var settings = parts.plane().settings();
        String routeUrl = command.routeUrl() == null || command.routeUrl().isEmpty() ? null : command.routeUrl();
        String refusal = AppRequestChecks.outOfDialog(message, method, routeUrl, settings.sipHost(),
                settings.sipPort());
        if (refusal != null) {
            parts.fail(connection, command.id(), refusal);
            return;
        }
        String uri = message.requestUri();
        String protocol = Destinations.of(routeUrl != null ? routeUrl : uri).protocol();
        SipRequest request = SipMessageParser.parseRequest(
                ClientLayouts.request(method, uri, message, parts.rulesFor(protocol), Set.of()).toBytes());
        ResponseRelay relay = new ResponseRelay(parts, connection, null, method);
        parts.core().sendRequest(request, routeUrl, relay).whenComplete((sent, error) -> {
            if (announce(connection, command, sent, error, relay) && "INVITE".equals(method)) {
                parts.cdrs().attempt(Source.APPLICATION, sent.request().toBytes());
            }
        });
    }

    private void inDialog(ControlConnection connection, SipCommand command, ClientSipMessage message,
            String method) {
        String dialogId = command.dialogId();
        Dialog dialog = parts.core().dialog(dialogId);
        if ("ACK".equals(method) && dialog == null && parts.owners().wasRejected(dialogId)) {
            parts.fail(connection, command.id(), AppRequests.ACK_FOR_FAILURE);
            return;
        }
        if (dialog == null || dialog.role() == DialogRole.UAS && dialog.state() != DialogState.CONFIRMED) {
            parts.fail(connection, command.id(), AppRequests.UNKNOWN_DIALOG);
            return;
        }
        String refusal = AppRequestChecks.inDialog(message, method);
        if (refusal != null) {
            parts.fail(connection, command.id(), refusal);
            return;
        }
        String protocol = dialog.remoteTarget() instanceof SipUri target && "tcp".equalsIgnoreCase(target.transport())
                ? "tcp" : "udp";
        SipRequest request = SipMessageParser.parseRequest(ClientLayouts.request(method, PLACEHOLDER_URI, message,
                parts.rulesFor(protocol), AppRequests.DIALOG_OWNED).toBytes());
        if ("ACK".equals(method)) {
            parts.core().sendAck(dialogId, request).whenComplete((sent, error) -> {
                if (error != null) {
                    parts.fail(connection, command.id(), CommandDispatch.UNKNOWN_ERROR + error.getMessage());
                    return;
                }
                byte[] sip = sent.toBytes();
                connection.send(Reply.requestSent(parts.plane().frames().nextId(), command.id(),
                        parts.plane().frames().meta(Source.APPLICATION, sip.length,
                                parts.plane().settings().sipEndpoint(protocol)),
                        UUID.randomUUID().toString(), sip));
            });
            return;
        }
        ResponseRelay relay = new ResponseRelay(parts, connection, dialogId, method);
        parts.core().sendInDialog(dialogId, request, relay).whenComplete((sent, error) -> {
            if (announce(connection, command, sent, error, relay) && "BYE".equals(method)) {
                parts.cdrs().stop(Source.APPLICATION, Cdrs.NORMAL_RELEASE, sent.request().toBytes());
            }
        });
    }

    private void cancel(ControlConnection connection, SipCommand command) {
        ResponseRelay invite = parts.owners().appInvite(command.transactionId());
        if (invite == null) {
            parts.fail(connection, command.id(), AppRequests.UNKNOWN_CANCEL + command.transactionId());
            return;
        }
        invite.markCancelled();
        parts.core().cancel(invite.transaction(), IgnoredOutcome.INSTANCE).whenComplete((sent, error) -> {
            if (error != null) {
                parts.fail(connection, command.id(), AppRequests.UNKNOWN_CANCEL + command.transactionId());
                return;
            }
            byte[] sip = sent.request().toBytes();
            connection.send(Reply.requestSent(parts.plane().frames().nextId(), command.id(),
                    parts.sentRequestMeta(sip, sent.peer()), sent.id(), sip));
        });
    }

    /** Sends the R1 reply (or the NOK of a request the stack could not send); true when it was sent. */
    private boolean announce(ControlConnection connection, SipCommand command, ClientTransaction sent,
            Throwable error, ResponseRelay relay) {
        if (error != null) {
            parts.fail(connection, command.id(), CommandDispatch.UNKNOWN_ERROR + error.getMessage());
            return false;
        }
        byte[] sip = sent.request().toBytes();
        connection.send(Reply.requestSent(parts.plane().frames().nextId(), command.id(),
                parts.sentRequestMeta(sip, sent.peer()), sent.id(), sip));
        relay.announced(sent);
        return true;
    }
}
