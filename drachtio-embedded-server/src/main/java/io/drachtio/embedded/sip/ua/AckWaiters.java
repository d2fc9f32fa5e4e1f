package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.time.ScheduledTask;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transaction.RetransmitTimer;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.sip.SipResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The UAS core's wait for the ACK of a 2xx to INVITE (RFC 3261 §13.3.1.4): retransmits the 2xx over UDP
 * (T1 doubling up to T2) until the ACK arrives, and gives up after 64×T1, reporting an ACK timeout.
 */
final class AckWaiters {

    private final SipScheduler scheduler;
    private final TimerSettings timers;
    private final MessageSender sender;
    private final Map<String, Waiter> waiting = new HashMap<>();

    AckWaiters(SipScheduler scheduler, TimerSettings timers, MessageSender sender) {
        this.scheduler = scheduler;
        this.timers = timers;
        this.sender = sender;
    }

    /** Starts waiting for the ACK of a 2xx sent on an INVITE transaction in a dialog. */
    void await(ServerTransaction invite, Dialog dialog, SipResponse success, BiConsumer<ServerTransaction, Dialog> onTimeout) {
        Destination peer = invite.peer();
        String key = key(dialog, success.cseq().number());
        Waiter previous = waiting.remove(key);
        if (previous != null) {
            previous.stop();
        }
        RetransmitTimer retransmit = peer.transport().reliable() ? null
                : new RetransmitTimer(scheduler, timers.t1(), timers::nextInterval, () -> sender.send(success, peer));
        ScheduledTask timeout = scheduler.schedule(timers.transactionTimeout(), () -> {
            Waiter expired = waiting.remove(key);
            if (expired != null) {
                expired.stop();
                onTimeout.accept(invite, dialog);
            }
        });
        waiting.put(key, new Waiter(invite, retransmit, timeout));
    }

    /**
     * Stops waiting because the ACK arrived.
     *
     * @return the INVITE transaction whose 2xx was waiting for this ACK, or null for a retransmitted or
     *         unexpected ACK
     */
    ServerTransaction acknowledged(Dialog dialog, long cseq) {
        Waiter waiter = waiting.remove(key(dialog, cseq));
        if (waiter == null) {
            return null;
        }
        waiter.stop();
        return waiter.invite();
    }

    private static String key(Dialog dialog, long cseq) {
        return dialog.id() + '|' + dialog.remoteTag() + '|' + cseq;
    }

    private record Waiter(ServerTransaction invite, RetransmitTimer retransmit, ScheduledTask timeout) {
        void stop() {
            if (retransmit != null) {
                retransmit.cancel();
            }
            timeout.cancel();
        }
    }
}
