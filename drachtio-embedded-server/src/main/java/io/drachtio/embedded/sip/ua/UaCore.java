package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.DialogTable;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transaction.TransactionLayer;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.MessageSender;

/** Assembles the UAS and UAC halves of the UA core around one dialog table. */
public final class UaCore {

    private final UasCore uas;
    private final UacCore uac;

    /**
     * Creates the UA core.
     *
     * @param scheduler the stack's scheduler
     * @param layer     the transaction layer
     * @param outbound  sends requests
     * @param sender    the transport (2xx, ACK and reliable provisional retransmissions)
     * @param dialogs   the dialog table
     * @param local     the stack's own address
     * @param ids       generates tags, branches, CSeq and RSeq numbers
     * @param tu        the transaction user
     */
    public UaCore(SipScheduler scheduler, TransactionLayer layer, OutboundRequests outbound, MessageSender sender,
                  DialogTable dialogs, LocalEndpoint local, IdGenerator ids, TransactionUser tu) {
        ReliableProvisionals reliable = new ReliableProvisionals(scheduler, layer.timers(), sender, ids);
        DialogLifecycle lifecycle = new DialogLifecycle(dialogs, reliable, tu);
        AckWaiters ackWaiters = new AckWaiters(scheduler, layer.timers(), sender);
        this.uas = new UasCore(layer, dialogs, ackWaiters, reliable, lifecycle, local, ids, tu);
        SentAcks sentAcks = new SentAcks(scheduler, layer.timers().transactionTimeout(), sender);
        this.uac = new UacCore(layer, outbound, dialogs, lifecycle, sentAcks, local, ids);
    }

    /**
     * Returns the UAS half.
     *
     * @return the UAS core
     */
    public UasCore uas() {
        return uas;
    }

    /**
     * Returns the UAC half.
     *
     * @return the UAC core
     */
    public UacCore uac() {
        return uac;
    }
}
