package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.time.ScheduledTask;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transaction.RetransmitTimer;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.RAck;
import java.util.HashMap;
import java.util.Map;

/**
 * Reliable provisional responses on the UAS side (RFC 3262 §3): numbers them with RSeq (random start,
 * then +1 per response in the dialog), retransmits the unacknowledged one over UDP with T1 doubling, and
 * gives up after 64×T1; matches PRACKs by their RAck.
 */
final class ReliableProvisionals {

    private final SipScheduler scheduler;
    private final TimerSettings timers;
    private final MessageSender sender;
    private final IdGenerator ids;
    private final Map<String, Long> lastRSeq = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();

    ReliableProvisionals(SipScheduler scheduler, TimerSettings timers, MessageSender sender, IdGenerator ids) {
        this.scheduler = scheduler;
        this.timers = timers;
        this.sender = sender;
        this.ids = ids;
    }

    /** Adds the RSeq header to a reliable provisional response about to be sent in a dialog. */
    void number(Dialog dialog, SipResponse response) {
        long rseq = lastRSeq.containsKey(dialog.id()) ? lastRSeq.get(dialog.id()) + 1 : ids.rseq();
        lastRSeq.put(dialog.id(), rseq);
        response.headers().set(HeaderNames.RSEQ, Long.toString(rseq));
    }

    /** Starts retransmitting a sent reliable provisional until its PRACK; runs onTimeout after 64×T1. */
    void track(Dialog dialog, SipResponse response, Destination peer, Runnable onTimeout) {
        stop(dialog);
        RetransmitTimer retransmit = peer.transport().reliable() ? null
                : new RetransmitTimer(scheduler, timers.t1(), interval -> interval * 2, () -> sender.send(response, peer));
        ScheduledTask timeout = scheduler.schedule(timers.transactionTimeout(), () -> {
            if (pending.remove(dialog.id()) != null) {
                stopTimers(retransmit, ScheduledTask.NONE);
                onTimeout.run();
            }
        });
        pending.put(dialog.id(), new Pending(response.rseq(), response.cseq().number(), retransmit, timeout));
    }

    /**
     * Matches a PRACK (RFC 3262 §4): its RAck must name the RSeq, CSeq number and method of the
     * reliable provisional response still awaiting acknowledgement.
     *
     * @return true when it acknowledged that response (retransmissions stop)
     */
    boolean onPrack(Dialog dialog, RAck rack) {
        Pending waiting = pending.get(dialog.id());
        if (waiting == null || rack == null || rack.rseq() != waiting.rseq || rack.cseq() != waiting.cseq
                || !SipMethod.INVITE.equalsIgnoreCase(rack.method())) {
            return false;
        }
        stop(dialog);
        return true;
    }

    /** Stops retransmitting in a dialog (PRACK arrived, or the INVITE got its final response). */
    void stop(Dialog dialog) {
        Pending removed = pending.remove(dialog.id());
        if (removed != null) {
            stopTimers(removed.retransmit, removed.timeout);
        }
    }

    /** Forgets the RSeq numbering of an ended dialog. */
    void forget(Dialog dialog) {
        stop(dialog);
        lastRSeq.remove(dialog.id());
    }

    private static void stopTimers(RetransmitTimer retransmit, ScheduledTask timeout) {
        if (retransmit != null) {
            retransmit.cancel();
        }
        timeout.cancel();
    }

    private record Pending(long rseq, long cseq, RetransmitTimer retransmit, ScheduledTask timeout) {
    }
}
