package io.drachtio.testserver.engine;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.stack.AddressValue;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.testserver.stack.ResponseParts;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.StackRequests;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;

/**
 * The simulated far ends answering requests the server sent (§6.2.4): their responses go to the
 * application that sent the request as {@code sip|network|…|<transactionId>|<dialogId>|}, except a
 * {@code 100 Trying} and anything after the final response, which the stack absorbs. The server
 * keeps the UAC dialog (on a 2xx or reliable provisional), ACKs a non-2xx final response to an
 * INVITE itself, removes a dialog when its BYE is answered, and emits CDRs.
 */
public final class FarEnd {

    private final ServerContext context;
    private final Cdrs cdrs;
    private final FarEndMessages messages;

    /**
     * Creates the far ends.
     *
     * @param context  the server state
     * @param cdrs     the CDR emitter
     * @param messages the far end message factory
     */
    public FarEnd(ServerContext context, Cdrs cdrs, FarEndMessages messages) {
        this.context = context;
        this.cdrs = cdrs;
        this.messages = messages;
    }

    /**
     * Builds a far end's response to a request and sends it back through the server.
     *
     * @param request the request answered
     * @param parts   status, headers and body
     * @return the response as sent
     */
    public SipResponse respond(OutgoingTransaction request, ResponseParts parts) {
        long rseq = parts.reliable() ? request.nextFarEndRseq(context.tokens()) : 0;
        SipResponse response = messages.response(request.request(), request.farEnd(),
                request.farEndTag(context.tokens()), parts, rseq);
        respond(request, response.toBytes());
        return response;
    }

    /**
     * Sends a far end's response (given as bytes, e.g. recorded) back through the server.
     *
     * @param request  the request answered
     * @param response the response bytes as the far end sent them
     */
    public void respond(OutgoingTransaction request, byte[] response) {
        SipResponse parsed = SipBytes.response(response);
        request.responses().add(parsed);
        int status = parsed.status();
        if (request.origin() == OutgoingTransaction.Origin.SERVER || status == 100 || request.finalStatus() >= 200
                || "ACK".equals(request.method())) {
            return;
        }
        if (status >= 200) {
            request.finalStatus(status);
        }
        trackDialog(request, parsed);
        ControlConnection owner = request.owner();
        if (owner.isOpen() && !"CANCEL".equals(request.method())) {
            owner.send(SipEvent.of(context.frames().nextId(),
                    context.frames().meta(Source.NETWORK, response.length, request.farEnd()), request.id(),
                    request.dialogId(), response));
        }
        afterFinal(request, parsed, response);
    }

    /**
     * Answers a CANCEL the way a far end usually does: 200 to the CANCEL, then 487 to the INVITE.
     *
     * @param cancel the CANCEL
     * @param invite the INVITE it cancels
     */
    public void answerCancel(OutgoingTransaction cancel, OutgoingTransaction invite) {
        respond(cancel, ResponseParts.of(200));
        if (invite.finalStatus() == 0) {
            respond(invite, ResponseParts.of(487));
        }
    }

    private void trackDialog(OutgoingTransaction request, SipResponse response) {
        SipRequest sent = request.request();
        boolean creating = ("INVITE".equals(request.method()) || "SUBSCRIBE".equals(request.method()))
                && sent.to() != null && sent.to().tag() == null;
        String toTag = response.to() == null ? null : response.to().tag();
        int status = response.status();
        if (!creating || toTag == null) {
            return;
        }
        boolean success = status >= 200 && status < 300;
        boolean reliable = status < 200 && response.rseq() != null;
        Dialog dialog = context.dialogs().byId(request.dialogId());
        if (dialog == null && (success || reliable)) {
            dialog = uacDialog(request, response, toTag);
            context.dialogs().add(dialog);
        }
        if (dialog == null) {
            return;
        }
        if (!response.contacts().isEmpty()) {
            dialog.remoteTarget(response.contacts().get(0).uri().toString());
        }
        if (success) {
            dialog.confirm();
        } else if (status >= 300) {
            context.dialogs().remove(dialog);
        }
    }

    private Dialog uacDialog(OutgoingTransaction request, SipResponse response, String toTag) {
        SipRequest sent = request.request();
        String localContact = sent.contacts().isEmpty() ? context.local(request.farEnd().protocol()).uri()
                : sent.contacts().get(0).uri().toString();
        long cseq = sent.cseq().number();
        return new Dialog(request.dialogId(), Dialog.Role.UAC, sent.callId(), sent.from().tag(), toTag,
                AddressValue.parse(sent.header("From")).withoutTag().render(),
                AddressValue.parse(response.header("To")).render(), sent.requestUri(), request.farEnd(),
                localContact, cseq, cseq, 0, request.owner());
    }

    private void afterFinal(OutgoingTransaction request, SipResponse response, byte[] bytes) {
        int status = response.status();
        if (status < 200) {
            return;
        }
        if ("INVITE".equals(request.method()) && request.request().to().tag() == null) {
            if (status < 300) {
                cdrs.start(Source.NETWORK, Cdrs.ROLE_UAC, bytes);
            } else {
                acknowledge(request, response);
                cdrs.stop(Source.NETWORK, request.isCancelled() && status == 487 ? Cdrs.CALL_CANCELED
                        : Cdrs.CALL_REJECTED, bytes);
            }
        } else if ("INVITE".equals(request.method()) && status >= 300) {
            acknowledge(request, response);
        } else if ("BYE".equals(request.method()) && status != 401 && status != 407) {
            Dialog dialog = context.dialogs().byId(request.dialogId());
            if (dialog != null) {
                context.dialogs().remove(dialog);
            }
        }
    }

    private void acknowledge(OutgoingTransaction invite, SipResponse response) {
        byte[] ack = StackRequests.ack(invite.request(), response.header("To"));
        OutgoingTransaction sentAck = new OutgoingTransaction(context.tokens().uuid(), SipBytes.request(ack), ack,
                OutgoingTransaction.Origin.SERVER, null, invite.farEnd(), null);
        context.networkRequests().add(sentAck);
    }
}
