package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.KnownHeader;
import io.drachtio.testserver.stack.MessageLayout;
import io.drachtio.testserver.stack.ServerVia;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.SipEvent;
import io.drachtio.wire.Source;
import java.time.Duration;

/**
 * Dialogs the server ends on its own (§6.2.6): it sends a BYE to the network side with a
 * {@code Reason: SIP;cause=200;text="…"} header and tells the owning connection with an
 * {@code unsolicited} {@code sip} message. The trigger emulated on the test clock is the ACK
 * timeout: no ACK 32 s after the application's 2xx to an INVITE.
 */
public final class Teardown {

    /** How long the server waits for the ACK of a 2xx (64 × T1). */
    public static final Duration ACK_TIMEOUT = Duration.ofSeconds(32);

    private final ServerContext context;
    private final Cdrs cdrs;

    /**
     * Creates the handler.
     *
     * @param context the server state
     * @param cdrs    the CDR emitter
     */
    public Teardown(ServerContext context, Cdrs cdrs) {
        this.context = context;
        this.cdrs = cdrs;
    }

    /**
     * Starts waiting for the ACK of a 2xx the application sent.
     *
     * @param dialog the confirmed UAS dialog
     */
    public void armAckTimer(Dialog dialog) {
        dialog.ackTimer(context.schedule(ACK_TIMEOUT, () -> {
            if (context.dialogs().contains(dialog) && !dialog.isAcknowledged()) {
                bye(dialog, "ACK timeout");
            }
        }));
    }

    /**
     * Ends a dialog: removes it, sends the BYE and reports it as unsolicited.
     *
     * @param dialog     the dialog
     * @param reasonText the text of the Reason header, e.g. {@code ACK timeout}
     * @return the BYE sent to the network
     */
    public OutgoingTransaction bye(Dialog dialog, String reasonText) {
        SipEndpoint local = context.local(dialog.farEnd().protocol());
        MessageLayout layout = new MessageLayout("BYE " + dialog.remoteTarget() + " SIP/2.0")
                .add(KnownHeader.VIA, ServerVia.of(local, context.tokens().branch()))
                .set(KnownHeader.MAX_FORWARDS, "70")
                .set(KnownHeader.FROM, dialog.localAddress() + ";tag=" + dialog.localTag())
                .set(KnownHeader.TO, dialog.remoteAddress())
                .set(KnownHeader.CALL_ID, dialog.callId())
                .set(KnownHeader.CSEQ, dialog.nextLocalCseq() + " BYE")
                .set(KnownHeader.REASON, "SIP;cause=200;text=\"" + reasonText + "\"");
        byte[] bytes = layout.toBytes();
        context.dialogs().remove(dialog);
        OutgoingTransaction bye = new OutgoingTransaction(context.tokens().uuid(), SipBytes.request(bytes), bytes,
                OutgoingTransaction.Origin.SERVER, null, dialog.farEnd(), dialog.id());
        context.transactions().add(bye);
        context.networkRequests().add(bye);
        ControlConnection owner = dialog.owner();
        if (owner.isOpen()) {
            owner.send(SipEvent.unsolicited(context.frames().nextId(), context.frames().meta(Source.APPLICATION,
                    bytes.length, context.reportedAddressOfRequestTo(dialog.farEnd())), dialog.id(), bytes));
        }
        cdrs.stop(Source.APPLICATION, Cdrs.SYSTEM_INITIATED, bytes);
        return bye;
    }
}
