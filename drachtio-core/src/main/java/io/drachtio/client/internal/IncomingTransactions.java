package io.drachtio.client.internal;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestMeta;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.wire.SipEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAS side of one session: turns delivered requests into {@link IncomingRequest}s and keeps
 * what is needed to correlate what follows them.
 *
 * <ul>
 *   <li>CANCEL arrives with the INVITE's transaction id (reference §6.2.3): it completes
 *       {@link IncomingRequest#cancelled()} of that INVITE and is not given to the handler; for an
 *       unknown transaction it is logged at DEBUG and dropped.</li>
 *   <li>ACK arrives with the INVITE's transaction id (initial INVITE) or a fresh one (re-INVITE, then
 *       matched by dialog id and CSeq number): it completes {@link IncomingRequest#ack()} of the
 *       INVITE answered with a 2xx, and goes to the handler.</li>
 *   <li>PRACK is matched by dialog id to the INVITE whose reliable provisional it acknowledges: it
 *       completes {@link IncomingRequest#prack()} and goes to the handler.</li>
 *   <li>Requests with transaction id {@code unsolicited} go to the unsolicited listener only.</li>
 * </ul>
 *
 * <p>Delivered requests that nobody answers are forgotten after {@link #UNANSWERED_EXPIRY}, like the
 * server forgets them (reference §8.10). Confined to the session's event loop.
 */
final class IncomingTransactions {

    /** How long an unanswered request is tracked: the server's 64 s plus a margin. */
    static final Duration UNANSWERED_EXPIRY = Duration.ofSeconds(65);

    private static final Logger LOG = LoggerFactory.getLogger(IncomingTransactions.class);

    private final Session session;
    private final Map<String, DefaultIncomingRequest> pendingInvites = new HashMap<>();
    private final Map<String, DefaultIncomingRequest> ackWaiters = new HashMap<>();
    private final Map<String, DefaultIncomingRequest> prackWaiters = new HashMap<>();
    private final Set<DefaultIncomingRequest> inFlight = new HashSet<>();

    IncomingTransactions(Session session) {
        this.session = session;
    }

    void onRequest(SipEvent event, SipRequest request) {
        RequestMeta meta = RequestMetas.of(event, session.name());
        if (event.isUnsolicited()) {
            onUnsolicited(event, new DefaultIncomingRequest(request, meta, session,
                    DefaultIncomingRequest.Kind.UNSOLICITED));
            return;
        }
        switch (request.method()) {
            case SipMethod.CANCEL -> onCancel(event, request);
            case SipMethod.ACK -> onAck(event, new DefaultIncomingRequest(request, meta, session,
                    DefaultIncomingRequest.Kind.ACK));
            default -> onAnswerable(event, new DefaultIncomingRequest(request, meta, session,
                    DefaultIncomingRequest.Kind.ANSWERABLE));
        }
    }

    private void onCancel(SipEvent event, SipRequest cancel) {
        DefaultIncomingRequest invite = pendingInvites.remove(event.transactionId());
        if (invite == null) {
            LOG.debug("CANCEL for unknown transaction {} on {} dropped", event.transactionId(), session.name());
            return;
        }
        invite.cancelExpiry();
        forget(invite);
        invite.onCancelled(cancel);
    }

    private void onAck(SipEvent event, DefaultIncomingRequest ack) {
        DefaultIncomingRequest invite = ackWaiters.remove(event.transactionId());
        if (invite == null) {
            invite = removeAckWaiter(WireValues.emptyToNull(event.dialogId()), cseqNumber(ack.message()));
        }
        if (invite != null) {
            invite.onAck(ack);
        }
        deliver(ack);
    }

    private void onAnswerable(SipEvent event, DefaultIncomingRequest request) {
        inFlight.add(request);
        session.context().inFlight().enter();
        if (request.isInvite()) {
            pendingInvites.put(event.transactionId(), request);
        }
        request.expiry(session.channel().eventLoop().schedule(() -> expire(request),
                UNANSWERED_EXPIRY.toNanos(), TimeUnit.NANOSECONDS));
        if (SipMethod.PRACK.equals(request.method())) {
            DefaultIncomingRequest invite = prackWaiters.remove(event.dialogId());
            if (invite != null) {
                invite.onPrack(request);
            }
        }
        deliver(request);
    }

    private void onUnsolicited(SipEvent event, DefaultIncomingRequest request) {
        if (SipMethod.BYE.equals(request.method())) {
            String dialogId = WireValues.emptyToNull(event.dialogId());
            DefaultIncomingRequest invite = removeAckWaiter(dialogId, -1);
            if (invite != null) {
                String reason = request.message().header(HeaderNames.REASON);
                invite.onDialogEnded(reason != null ? reason : "BYE without Reason");
            }
        }
        session.context().observer().notify(o -> o.requestReceived(request));
        try {
            session.context().unsolicitedListener().accept(request);
        } catch (RuntimeException e) {
            LOG.error("unsolicited listener failed on {} from {}", request.describe(), session.name(), e);
        }
    }

    private void deliver(DefaultIncomingRequest request) {
        ObserverNotifier observer = session.context().observer();
        if (observer.active()) {
            observer.notify(o -> o.requestReceived(request));
        }
        try {
            session.context().requestHandler().handle(request);
        } catch (RuntimeException e) {
            LOG.error("request handler failed on {} (transaction {}) from {}", request.describe(),
                    request.transactionId(), session.name(), e);
            if (request.response().isAnswerable() && !request.state().anySent()) {
                request.response().send(500).subscribe(sent -> { }, error -> { });
            }
        }
    }

    // ---- state changes driven by responses and proxy operations ----

    /** A response is about to be written. */
    void responding(DefaultIncomingRequest request, int status, boolean reliable) {
        request.cancelExpiry();
        if (reliable) {
            request.reliableProvisionalSending();
        }
        if (status >= 200) {
            pendingInvites.remove(request.transactionId(), request);
            prackWaiters.values().remove(request);
            if (request.isInvite() && status / 100 == 2) {
                ackWaiters.put(request.transactionId(), request);
            }
        }
    }

    /** The server confirmed the response (R2); a final one ends the transaction's time in flight. */
    void responded(DefaultIncomingRequest request, int status, boolean reliable, String dialogId) {
        request.dialogId(dialogId);
        if (status >= 200) {
            forget(request);
        }
        if (reliable && request.dialogId() != null) {
            prackWaiters.put(request.dialogId(), request);
        }
        if (status >= 200 && request.isInvite()) {
            request.onFinal(status, true);
        }
    }

    /** A final response was refused by the server, timed out or was lost with the connection. */
    void finalFailed(DefaultIncomingRequest request, int status) {
        forget(request);
        ackWaiters.remove(request.transactionId(), request);
        if (request.isInvite()) {
            request.onFinal(status, false);
        }
    }

    /** A proxy command is about to be written: the request can no longer be answered. */
    void proxying(DefaultIncomingRequest request) {
        request.cancelExpiry();
    }

    /** The proxy command was written: the request is the server's now, no longer in flight here. */
    void proxyWritten(DefaultIncomingRequest request) {
        forget(request);
    }

    /** The proxy operation ended. */
    void proxyEnded(DefaultIncomingRequest request) {
        forget(request);
        pendingInvites.remove(request.transactionId(), request);
        if (request.isInvite()) {
            request.onFinal(0, false);
        }
    }

    private void expire(DefaultIncomingRequest request) {
        if (request.state().anySent() || request.state().proxied() || !inFlight.contains(request)) {
            return;
        }
        LOG.warn("{} (transaction {}) from {} was not answered within {}s; the drachtio server has forgotten it",
                request.describe(), request.transactionId(), session.name(), UNANSWERED_EXPIRY.toSeconds());
        forget(request);
        pendingInvites.remove(request.transactionId(), request);
        if (request.isInvite()) {
            request.onFinal(0, false);
        }
    }

    private void forget(DefaultIncomingRequest request) {
        if (inFlight.remove(request)) {
            session.context().inFlight().leave();
        }
    }

    private DefaultIncomingRequest removeAckWaiter(String dialogId, long cseqNumber) {
        if (dialogId == null) {
            return null;
        }
        Iterator<DefaultIncomingRequest> it = ackWaiters.values().iterator();
        while (it.hasNext()) {
            DefaultIncomingRequest invite = it.next();
            if (dialogId.equals(invite.dialogId()) && (cseqNumber < 0 || cseqNumber == cseqNumber(invite.message()))) {
                it.remove();
                return invite;
            }
        }
        return null;
    }

    private static long cseqNumber(SipRequest request) {
        try {
            return request.cseq() == null ? -1 : request.cseq().number();
        } catch (SipParseException e) {
            return -1;
        }
    }

    /** The session closed: every wait fails, nothing stays in flight, nothing is kept. */
    void connectionLost() {
        Set<DefaultIncomingRequest> all = new HashSet<>(inFlight);
        all.addAll(pendingInvites.values());
        all.addAll(ackWaiters.values());
        all.addAll(prackWaiters.values());
        List<DefaultIncomingRequest> tracked = new ArrayList<>(all);
        for (DefaultIncomingRequest request : tracked) {
            request.cancelExpiry();
            forget(request);
            request.onConnectionLost(session.lost("waiting for the ACK or PRACK of " + request.describe()));
        }
        pendingInvites.clear();
        ackWaiters.clear();
        prackWaiters.clear();
    }
}
