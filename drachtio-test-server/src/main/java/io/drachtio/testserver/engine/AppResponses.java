package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.stack.AddressValue;
import io.drachtio.testserver.stack.ClientLayouts;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.KnownHeader;
import io.drachtio.testserver.stack.MessageLayout;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.StackResponses;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.Source;

/**
 * An application answers a request the server delivered ({@code sip|<transactionId>|} + response,
 * §5.5.1). The server builds the response as its SIP stack would (§8.2, §10.7), sends it to the
 * network side and confirms it with an R2 reply; it keeps the dialog state (To tag, dialog id,
 * reliable provisionals, the ACK timer) and emits CDRs.
 */
public final class AppResponses {

    /** NOK text for an unknown, finished, cancelled or proxied transaction. */
    public static final String UNKNOWN_TRANSACTION = "Response not sent due to unknown transaction";
    /** NOK text for {@code Require: 100rel} when the caller did not offer it. */
    public static final String NO_100REL = "Remote endpoint does not support 100rel";
    /** NOK text for a response the stack cannot send (bad status line). */
    public static final String SEND_ERROR = "Unknown server error sending response";

    private final ServerContext context;
    private final Cdrs cdrs;
    private final Teardown teardown;

    /**
     * Creates the handler.
     *
     * @param context  the server state
     * @param cdrs     the CDR emitter
     * @param teardown the ACK timer
     */
    public AppResponses(ServerContext context, Cdrs cdrs, Teardown teardown) {
        this.context = context;
        this.cdrs = cdrs;
        this.teardown = teardown;
    }

    /**
     * Handles a response command.
     *
     * @param connection the connection that sent it
     * @param command    the command (its transaction id is not empty)
     * @param message    its SIP part, parsed
     */
    public void respond(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        IncomingTransaction transaction = context.transactions().incoming(command.transactionId());
        int status = message.status();
        if (transaction == null || !acceptsResponses(transaction)) {
            fail(connection, command, UNKNOWN_TRANSACTION);
            return;
        }
        if (transaction.phase() == IncomingTransaction.Phase.COMPLETED) {
            repeatFinal(connection, command, transaction, status);
            return;
        }
        if (status < 100) {
            fail(connection, command, SEND_ERROR);
            return;
        }
        boolean reliable = transaction.isInvite() && status > 100 && status < 200 && ClientLayouts.requires100rel(message);
        if (reliable && !transaction.offers100rel()) {
            fail(connection, command, NO_100REL);
            return;
        }
        send(connection, command, transaction, message, status, reliable);
    }

    private void send(ControlConnection connection, SipCommand command, IncomingTransaction transaction,
            ClientSipMessage message, int status, boolean reliable) {
        SipRequest request = transaction.request();
        SipEndpoint local = context.local(transaction.source().protocol());
        MessageLayout layout = ClientLayouts.response(message, request, context.clientHeaders(local.protocol()));
        AddressValue to = AddressValue.parse(layout.first(KnownHeader.TO));
        if (transaction.localTag() == null) {
            String requestTag = request.to() == null ? null : request.to().tag();
            transaction.localTag(to.tag() != null ? to.tag() : requestTag != null ? requestTag : context.tokens().tag());
        }
        layout.set(KnownHeader.TO, to.withTag(transaction.localTag()).render());
        boolean success = status >= 200 && status < 300;
        if (isDialogMethod(transaction) && (success || reliable)) {
            layout.setIfAbsent(KnownHeader.CONTACT, "<" + local.uri() + ">");
        }
        if (reliable) {
            transaction.startRseq(context.tokens().rseq());
            layout.set(KnownHeader.RSEQ, Long.toString(transaction.takeRseq()));
        }
        byte[] response = layout.toBytes();
        transaction.markAppResponded();
        String dialogId = updateDialogs(connection, transaction, status, reliable, layout);
        MessageMeta meta = transaction.isInvite()
                ? context.frames().meta(Source.APPLICATION, response.length, transaction.source())
                : context.frames().metaWithoutProtocol(Source.APPLICATION, response.length, transaction.source());
        if (status >= 200) {
            transaction.finalResponse(status, response, meta);
        }
        connection.send(Reply.responseSent(context.frames().nextId(), command.id(), meta, transaction.id(), dialogId,
                response));
        transaction.responses().add(SipBytes.response(response));
        afterSending(transaction, status, response);
    }

    private String updateDialogs(ControlConnection connection, IncomingTransaction transaction, int status,
            boolean reliable, MessageLayout layout) {
        if (createsDialog(transaction)) {
            SipRequest request = transaction.request();
            if (transaction.dialogId() == null) {
                transaction.dialogId(request.callId() + ";from-tag=" + request.from().tag());
            }
            Dialog dialog = context.dialogs().byId(transaction.dialogId());
            boolean success = status >= 200 && status < 300;
            if (dialog == null && (success || reliable)) {
                dialog = newDialog(connection, transaction, layout);
                context.dialogs().add(dialog);
            }
            if (dialog != null && success) {
                dialog.confirm();
                if (transaction.isInvite()) {
                    teardown.armAckTimer(dialog);
                }
            } else if (dialog != null && status >= 300) {
                context.dialogs().remove(dialog);
            }
            return transaction.dialogId();
        }
        Dialog dialog = transaction.dialog();
        return dialog != null && context.dialogs().contains(dialog) ? dialog.id() : null;
    }

    private Dialog newDialog(ControlConnection connection, IncomingTransaction transaction, MessageLayout layout) {
        SipRequest request = transaction.request();
        String contact = AddressValue.parse(layout.first(KnownHeader.CONTACT)).uri();
        String remoteTarget = request.contacts().isEmpty() ? request.requestUri()
                : request.contacts().get(0).uri().toString();
        long cseq = request.cseq().number();
        return new Dialog(transaction.dialogId(), Dialog.Role.UAS, request.callId(), transaction.localTag(),
                request.from().tag(), AddressValue.parse(request.header("To")).render(),
                AddressValue.parse(request.header("From")).render(), remoteTarget, transaction.source(), contact,
                cseq, cseq, cseq, connection);
    }

    private void afterSending(IncomingTransaction transaction, int status, byte[] response) {
        if (transaction.isInvite()) {
            if (status >= 300) {
                transaction.phase(IncomingTransaction.Phase.COMPLETED);
                cdrs.stop(Source.APPLICATION, Cdrs.CALL_REJECTED, response);
            } else if (status >= 200) {
                transaction.phase(IncomingTransaction.Phase.COMPLETED);
                cdrs.start(Source.APPLICATION, Cdrs.ROLE_UAS, response);
            } else {
                transaction.phase(IncomingTransaction.Phase.PROCEEDING);
            }
            return;
        }
        transaction.phase(IncomingTransaction.Phase.RELEASED);
        if (status < 200) {
            transaction.responses().add(SipBytes.response(
                    StackResponses.build(transaction.request(), 500, transaction.localTag())));
        }
    }

    private void repeatFinal(ControlConnection connection, SipCommand command, IncomingTransaction transaction,
            int status) {
        if (status < 200 || !transaction.isInvite()) {
            fail(connection, command, UNKNOWN_TRANSACTION);
            return;
        }
        connection.send(Reply.responseSent(context.frames().nextId(), command.id(), transaction.finalMeta(),
                transaction.id(), transaction.dialogId(), transaction.finalResponse()));
    }

    private static boolean acceptsResponses(IncomingTransaction transaction) {
        return switch (transaction.phase()) {
            case OPEN, PROCEEDING, COMPLETED -> transaction.handling() == RequestHandling.DELIVERED;
            default -> false;
        };
    }

    private static boolean createsDialog(IncomingTransaction transaction) {
        return transaction.dialog() == null && isDialogMethod(transaction);
    }

    private static boolean isDialogMethod(IncomingTransaction transaction) {
        String method = transaction.method();
        return "INVITE".equals(method) || "SUBSCRIBE".equals(method);
    }

    private void fail(ControlConnection connection, SipCommand command, String text) {
        connection.send(Reply.failed(context.frames().nextId(), command.id(), text));
    }
}
