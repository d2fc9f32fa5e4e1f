package io.drachtio.embedded.sip;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogTable;
import io.drachtio.embedded.sip.proxy.ProxyCore;
import io.drachtio.embedded.sip.proxy.ProxyListener;
import io.drachtio.embedded.sip.proxy.ProxyOperation;
import io.drachtio.embedded.sip.proxy.ProxyOptions;
import io.drachtio.embedded.sip.proxy.StatelessRelay;
import io.drachtio.embedded.sip.time.SchedulerFutures;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transaction.TransactionLayer;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.InboundMessageListener;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.TargetResolver;
import io.drachtio.embedded.sip.ua.TransactionUser;
import io.drachtio.embedded.sip.ua.UaCore;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The SIP stack without sockets: transaction layer, dialogs, UA core and proxy core on one
 * {@link SipScheduler}, fed with received messages through {@link #inbound()} and sending through a
 * {@link MessageSender}. {@link SipStack} wires it to Netty; tests wire it to a virtual clock.
 *
 * <p>These are the operations of the transaction user. They may be called from any thread: each runs on
 * the scheduler, and its future completes there (or exceptionally when the operation is refused).
 */
public final class SipCore {

    private final SipScheduler scheduler;
    private final LocalEndpoint local;
    private final TransactionLayer layer;
    private final DialogTable dialogs = new DialogTable();
    private final UaCore ua;
    private final ProxyCore proxy;

    /**
     * Assembles the stack.
     *
     * @param scheduler        the single thread everything runs on
     * @param sender           the transport
     * @param local            the stack's own address
     * @param timers           T1, T2, T4
     * @param blockingExecutor runs DNS lookups
     * @param tu               the transaction user
     */
    public SipCore(SipScheduler scheduler, MessageSender sender, LocalEndpoint local, TimerSettings timers,
                   Executor blockingExecutor, TransactionUser tu) {
        IdGenerator ids = new IdGenerator();
        TargetResolver resolver = new TargetResolver(blockingExecutor);
        this.scheduler = scheduler;
        this.local = local;
        this.layer = new TransactionLayer(scheduler, timers, sender, ids);
        OutboundRequests outbound = new OutboundRequests(layer, resolver, local, scheduler, sender);
        this.ua = new UaCore(scheduler, layer, outbound, sender, dialogs, local, ids, tu);
        this.proxy = new ProxyCore(outbound, ua.uac(), local, ids, scheduler);
        layer.unmatchedMessageHandler(new CoreDispatcher(layer, ua, proxy,
                new StatelessRelay(outbound, resolver, sender, local)));
    }

    /**
     * Returns where received messages go (the transaction layer); call it on the scheduler thread.
     *
     * @return the inbound listener
     */
    public InboundMessageListener inbound() {
        return layer;
    }

    /**
     * Returns the stack's own address.
     *
     * @return host and ports
     */
    public LocalEndpoint localEndpoint() {
        return local;
    }

    /**
     * Finds a live dialog.
     *
     * @param dialogId the dialog id ({@code <Call-ID>;from-tag=<tag>})
     * @return the dialog, or null
     */
    public Dialog dialog(String dialogId) {
        return dialogs.get(dialogId);
    }

    /**
     * Finds a live server transaction by id (the id drachtio-server hands to the application); safe to
     * call from any thread.
     *
     * @param transactionId the transaction id
     * @return the transaction, or null when unknown or terminated
     */
    public ServerTransaction serverTransaction(String transactionId) {
        return layer.serverTransaction(transactionId);
    }

    /**
     * Answers a request the TU received. The stack adds a To-tag when missing (one per transaction), for
     * INVITE 2xx and reliable 1xx ({@code Require: 100rel}) a Contact when missing and an RSeq, creates
     * the dialog, retransmits 2xx until ACK and reliable 1xx until PRACK.
     *
     * @param transaction the server transaction from {@link TransactionUser#onRequest}
     * @param response    the response (changed in place by the additions above)
     * @return the response as sent, or a future failed with {@link IllegalStateException} when the
     *         transaction was already answered finally or ended
     */
    public CompletableFuture<SipResponse> respond(ServerTransaction transaction, SipResponse response) {
        return onScheduler(() -> {
            ua.uas().respond(transaction, response);
            return CompletableFuture.completedFuture(response);
        });
    }

    /**
     * Sends a request outside a dialog, completing it with drachtio-server's defaults (Via, From with
     * tag, To, Call-ID, CSeq, Max-Forwards, Contact for INVITE/SUBSCRIBE) where the TU left them out.
     *
     * @param request  the request
     * @param routeUri the URI to send to instead of the top Route / Request-URI, or null
     * @param listener receives the responses (dialogs are created before it is called)
     * @return the client transaction ({@code request()} is the request as sent), or a failed future
     *         when the target cannot be parsed or resolved
     */
    public CompletableFuture<ClientTransaction> sendRequest(SipRequest request, String routeUri,
                                                            ClientTransactionListener listener) {
        return onScheduler(() -> ua.uac().sendRequest(request, routeUri, listener));
    }

    /**
     * Sends a request other than ACK inside a dialog; the Request-URI is replaced by the remote target.
     *
     * @param dialogId the dialog id
     * @param request  the request
     * @param listener receives the responses
     * @return the client transaction, or a future failed with {@link IllegalArgumentException} for an
     *         unknown dialog
     */
    public CompletableFuture<ClientTransaction> sendInDialog(String dialogId, SipRequest request,
                                                             ClientTransactionListener listener) {
        return onScheduler(() -> ua.uac().sendInDialog(dialogId, request, listener));
    }

    /**
     * Sends the ACK for a 2xx in a dialog; the stack re-sends it when the 2xx is retransmitted.
     *
     * @param dialogId the dialog id
     * @param ack      the ACK (a placeholder Request-URI is fine)
     * @return the ACK as sent, or a future failed with {@link IllegalArgumentException} for an unknown
     *         dialog
     */
    public CompletableFuture<SipRequest> sendAck(String dialogId, SipRequest ack) {
        return onScheduler(() -> ua.uac().sendAck(dialogId, ack));
    }

    /**
     * Cancels an INVITE the TU sent; the CANCEL goes out once a provisional response has arrived.
     *
     * @param invite   the INVITE's client transaction
     * @param listener receives the CANCEL's response
     * @return the CANCEL's transaction, or a future failed with {@link IllegalStateException} when the
     *         INVITE was answered finally first
     */
    public CompletableFuture<ClientTransaction> cancel(ClientTransaction invite, ClientTransactionListener listener) {
        return onScheduler(() -> ua.uac().cancel(invite, listener));
    }

    /**
     * Proxies a request the TU received and has not answered.
     *
     * @param transaction the request's server transaction
     * @param options     destinations and behaviour
     * @param listener    receives every final response and the end of the operation
     * @return the running operation, or a future failed with
     *         {@link io.drachtio.embedded.sip.proxy.ProxyException}
     */
    public CompletableFuture<ProxyOperation> proxy(ServerTransaction transaction, ProxyOptions options,
                                                   ProxyListener listener) {
        return onScheduler(() -> CompletableFuture.completedFuture(proxy.proxy(transaction, options, listener)));
    }

    private <T> CompletableFuture<T> onScheduler(Supplier<CompletableFuture<T>> operation) {
        return SchedulerFutures.call(scheduler, operation);
    }
}
