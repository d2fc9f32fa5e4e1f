package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.sip.SipRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * ACKs the UAC sent for 2xx responses, kept for 64×T1 so that a retransmitted 2xx is answered with the
 * same ACK again (RFC 3261 §13.2.2.4) without bothering the TU.
 */
final class SentAcks {

    private final SipScheduler scheduler;
    private final long keepMillis;
    private final MessageSender sender;
    private final Map<String, Sent> acks = new HashMap<>();

    SentAcks(SipScheduler scheduler, long keepMillis, MessageSender sender) {
        this.scheduler = scheduler;
        this.keepMillis = keepMillis;
        this.sender = sender;
    }

    /** Remembers an ACK sent for the 2xx with this Call-ID, To-tag and CSeq number. */
    void remember(String callId, String toTag, long cseq, SipRequest ack, Destination destination) {
        String key = key(callId, toTag, cseq);
        acks.put(key, new Sent(ack, destination));
        scheduler.schedule(keepMillis, () -> acks.remove(key));
    }

    /**
     * Re-sends the ACK for a retransmitted 2xx.
     *
     * @return true when an ACK was known (the 2xx is a retransmission the TU must not see again)
     */
    boolean resend(String callId, String toTag, long cseq) {
        Sent sent = acks.get(key(callId, toTag, cseq));
        if (sent == null) {
            return false;
        }
        sender.send(sent.ack, sent.destination);
        return true;
    }

    private static String key(String callId, String toTag, long cseq) {
        return callId + '|' + toTag + '|' + cseq;
    }

    private record Sent(SipRequest ack, Destination destination) {
    }
}
