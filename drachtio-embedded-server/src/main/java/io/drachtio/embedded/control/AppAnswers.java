package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.engine.AppResponses;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.IncomingTransaction;
import io.drachtio.testserver.stack.ClientLayouts;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.Source;

/**
 * An application answers a request the server delivered ({@code sip|<transactionId>|} + response,
 * §5.5.1): the response is completed with the stack's rules (headers copied from the request, the
 * client's headers, SDP type; the stack adds the To-tag, Contact and RSeq), sent on the server
 * transaction, and confirmed with an R2 reply carrying the response as sent. Refusals use
 * drachtio-server's NOK texts.
 */
final class AppAnswers {

    private final ControlParts parts;

    AppAnswers(ControlParts parts) {
        this.parts = parts;
    }

    void respond(ControlConnection connection, SipCommand command, ClientSipMessage message) {
        String transactionId = command.transactionId();
        ServerTransaction transaction = parts.core().serverTransaction(transactionId);
        Delivery delivery = parts.owners().delivery(transactionId);
        if (transaction == null || delivery == null || transaction.isAnswered()) {
            parts.fail(connection, command.id(), AppResponses.UNKNOWN_TRANSACTION);
            return;
        }
        int status = message.status();
        if (status < 100) {
            parts.fail(connection, command.id(), AppResponses.SEND_ERROR);
            return;
        }
        SipRequest request = transaction.request();
        boolean invite = "INVITE".equals(request.method());
        boolean reliable = invite && status > 100 && status < 200 && ClientLayouts.requires100rel(message);
        if (reliable && !IncomingTransaction.offers100rel(request)) {
            parts.fail(connection, command.id(), AppResponses.NO_100REL);
            return;
        }
        String protocol = transaction.peer().transport().lowerCaseName();
        SipResponse response = SipMessageParser.parseResponse(
                ClientLayouts.response(message, request, parts.rulesFor(protocol)).toBytes());
        if (status >= 200) {
            parts.owners().release(transactionId);
        }
        parts.core().respond(transaction, response).whenComplete((sent, error) -> {
            if (error != null) {
                parts.fail(connection, command.id(), AppResponses.UNKNOWN_TRANSACTION);
                return;
            }
            confirm(connection, command, transaction, delivery, sent, invite);
        });
    }

    private void confirm(ControlConnection connection, SipCommand command, ServerTransaction transaction,
            Delivery delivery, SipResponse sent, boolean invite) {
        byte[] sip = sent.toBytes();
        int status = sent.status();
        String dialogId = delivery.dialogId();
        MessageMeta meta = parts.plane().frames().meta(Source.APPLICATION, sip.length,
                ControlParts.endpoint(transaction.peer()));
        connection.send(Reply.responseSent(parts.plane().frames().nextId(), command.id(),
                invite ? meta : meta.withoutProtocol(), transaction.id(), dialogId, sip));
        if (dialogId != null && parts.core().dialog(dialogId) != null && status > 100 && status < 300) {
            parts.owners().ownDialog(dialogId, connection);
        }
        if (invite && transaction.request().to().tag() == null) {
            if (status >= 300) {
                parts.cdrs().stop(Source.APPLICATION, Cdrs.CALL_REJECTED, sip);
            } else if (status >= 200) {
                parts.cdrs().start(Source.APPLICATION, Cdrs.ROLE_UAS, sip);
            }
        }
    }
}
