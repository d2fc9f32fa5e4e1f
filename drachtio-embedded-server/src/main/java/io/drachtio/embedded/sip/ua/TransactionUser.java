package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogTerminationReason;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.ReceivedMessage;

/**
 * What the stack tells the transaction user (the drachtio control side, or a test TU). All methods are
 * called on the stack's scheduler thread and must not block; answer later through the stack's
 * operations (they may be called from any thread).
 */
public interface TransactionUser {

    /**
     * A new request arrived (never ACK or CANCEL; INVITEs were already answered 100 Trying). Answer it
     * with {@code SipCore.respond} or hand it to {@code SipCore.proxy}.
     *
     * @param transaction the server transaction; {@code transaction.received()} has the request and
     *                    its origin
     * @param dialog      the dialog the request belongs to, or null for a request outside any dialog
     */
    void onRequest(ServerTransaction transaction, Dialog dialog);

    /**
     * The ACK for a 2xx the TU sent to an INVITE arrived (only the first one; retransmissions are
     * absorbed). drachtio-server delivers it under the INVITE's transaction id.
     *
     * @param invite the INVITE's server transaction
     * @param dialog the confirmed dialog
     * @param ack    the ACK
     */
    void onAck(ServerTransaction invite, Dialog dialog, ReceivedMessage ack);

    /**
     * A CANCEL arrived for an INVITE the TU had not answered finally. The stack already answered the
     * CANCEL 200 and the INVITE 487; the TU can no longer answer the INVITE.
     *
     * @param invite the INVITE's server transaction
     * @param cancel the CANCEL
     */
    void onCancel(ServerTransaction invite, ReceivedMessage cancel);

    /**
     * No ACK arrived for a 2xx within 64×T1 (32 s). drachtio-server then sends BYE; the TU decides.
     *
     * @param invite the INVITE's server transaction
     * @param dialog the dialog of the unacknowledged 2xx
     */
    void onAckTimeout(ServerTransaction invite, Dialog dialog);

    /**
     * A dialog ended and was removed from the dialog table.
     *
     * @param dialog the dialog
     * @param reason why it ended
     */
    void onDialogTerminated(Dialog dialog, DialogTerminationReason reason);
}
