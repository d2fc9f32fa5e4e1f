package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.InboundMessageListener;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns every transaction: matches received requests and responses to them (RFC 3261 §17.1.3, §17.2.3),
 * creates new ones, forgets terminated ones, and passes what no transaction took to the
 * {@link UnmatchedMessageHandler}. Everything runs on the scheduler thread.
 */
public final class TransactionLayer implements InboundMessageListener {

    private final TransactionContext context;
    private final IdGenerator ids;
    private final Map<String, ServerTransaction> servers = new HashMap<>();
    private final Map<String, ServerTransaction> serversById = new ConcurrentHashMap<>();
    private final Map<String, ClientTransaction> clients = new HashMap<>();
    private UnmatchedMessageHandler unmatched;

    /**
     * Creates the layer.
     *
     * @param scheduler the stack's scheduler
     * @param timers    T1, T2, T4
     * @param sender    the transport
     * @param ids       generates transaction ids
     */
    public TransactionLayer(SipScheduler scheduler, TimerSettings timers, MessageSender sender, IdGenerator ids) {
        this.context = new TransactionContext(scheduler, timers, sender, this::forget);
        this.ids = ids;
    }

    /**
     * Sets the layer above, which receives what no transaction took. Must be set before messages arrive.
     *
     * @param handler the UA / proxy core
     */
    public void unmatchedMessageHandler(UnmatchedMessageHandler handler) {
        this.unmatched = handler;
    }

    /**
     * Returns the timer values in use.
     *
     * @return T1, T2, T4
     */
    public TimerSettings timers() {
        return context.timers();
    }

    @Override
    public void onMessage(ReceivedMessage message) {
        if (message.message() instanceof SipRequest request) {
            onRequest(message, request);
        } else {
            ClientTransaction client = clients.get(TransactionKeys.clientKey(message.message()));
            if (client != null) {
                client.onResponse(message);
            } else {
                unmatched.onUnmatchedResponse(message);
            }
        }
    }

    private void onRequest(ReceivedMessage message, SipRequest request) {
        ServerTransaction server = servers.get(TransactionKeys.serverKey(request));
        if (server == null) {
            unmatched.onUnmatchedRequest(message);
        } else if (!SipMethod.ACK.equals(request.method())) {
            server.onRetransmission(message);
        } else if (!(server instanceof InviteServerTransaction invite) || !invite.onAck()) {
            unmatched.onUnmatchedRequest(message);
        }
    }

    /**
     * Creates the server transaction for a new request (not ACK). An INVITE transaction sends 100 Trying
     * at once.
     *
     * @param request the received request
     * @return the transaction, registered for matching
     */
    public ServerTransaction createServerTransaction(ReceivedMessage request) {
        SipRequest sip = request.request();
        String key = TransactionKeys.serverKey(sip);
        String id = ids.uuid();
        ServerTransaction transaction;
        if (SipMethod.INVITE.equals(sip.method())) {
            InviteServerTransaction invite = new InviteServerTransaction(context, id, key, request);
            transaction = invite;
            register(transaction);
            invite.start();
        } else {
            transaction = new NonInviteServerTransaction(context, id, key, request);
            register(transaction);
        }
        return transaction;
    }

    private void register(ServerTransaction transaction) {
        servers.put(transaction.key(), transaction);
        serversById.put(transaction.id(), transaction);
    }

    /**
     * Creates a client transaction and sends the request. The request must already carry the stack's
     * top Via with a unique branch.
     *
     * @param request     the request to send (not ACK)
     * @param destination where to send it
     * @param listener    receives responses, timeout or transport error
     * @return the transaction, registered for matching
     */
    public ClientTransaction sendRequest(SipRequest request, Destination destination,
                                         ClientTransactionListener listener) {
        String key = TransactionKeys.clientKey(request);
        String id = ids.uuid();
        ClientTransaction transaction = SipMethod.INVITE.equals(request.method())
                ? new InviteClientTransaction(context, id, key, request, destination, listener)
                : new NonInviteClientTransaction(context, id, key, request, destination, listener);
        clients.put(key, transaction);
        transaction.start();
        return transaction;
    }

    /**
     * Finds the INVITE server transaction a received CANCEL refers to (same branch and sent-by).
     *
     * @param cancel the CANCEL
     * @return the INVITE transaction, or null when none is known
     */
    public InviteServerTransaction inviteFor(SipRequest cancel) {
        return servers.get(TransactionKeys.inviteKeyFor(cancel)) instanceof InviteServerTransaction invite
                ? invite : null;
    }

    /**
     * Finds a live server transaction by id; safe to call from any thread.
     *
     * @param id the transaction id
     * @return the transaction, or null when unknown or terminated
     */
    public ServerTransaction serverTransaction(String id) {
        return serversById.get(id);
    }

    /**
     * Counts the live transactions (for tests and monitoring).
     *
     * @return server plus client transactions not yet terminated
     */
    public int size() {
        return servers.size() + clients.size();
    }

    private void forget(Transaction transaction) {
        if (transaction instanceof ServerTransaction server) {
            servers.remove(server.key(), server);
            serversById.remove(server.id(), server);
        } else {
            clients.remove(transaction.key(), (ClientTransaction) transaction);
        }
    }
}
