package io.drachtio.embedded.sip.proxy;

import io.drachtio.embedded.sip.message.MessageRewrite;
import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.embedded.sip.transaction.ClientTransactionListener;
import io.drachtio.embedded.sip.transaction.IgnoredOutcome;
import io.drachtio.embedded.sip.transaction.OutboundRequests;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.ua.UacCore;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stateful proxy operation (RFC 3261 §16.6–16.10): forwards a received request to its destinations,
 * one after another or all at once, relays provisional responses (not 100) upstream, forwards the first
 * 2xx and cancels the other branches, or — when every target failed — the best final response
 * ({@link ResponseRanking}; 408 when no target answered, 500 when none could be reached). An INVITE
 * branch that sent provisional responses but no final one for timer C (185 s, restarted by each
 * provisional) is cancelled and counts as 408. Used on the scheduler thread.
 */
public final class ProxyOperation {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyOperation.class);
    /** Timer C: a branch with provisional responses but no final one is given up after this (drachtio: 185 s). */
    static final long TIMER_C_MILLIS = 185_000;
    /** RFC 3327 Path header: what a record-routing proxy adds to a REGISTER instead of Record-Route. */
    private static final String PATH = "Path";
    private static final ClientTransactionListener IGNORE = IgnoredOutcome.INSTANCE;

    private final ServerTransaction upstream;
    private final ProxyOptions options;
    private final ProxyListener listener;
    private final Collaborators with;
    private final Deque<String> pendingTargets;
    private final List<ProxyBranch> active = new ArrayList<>();
    private final List<SipResponse> candidates = new ArrayList<>();
    private boolean anySent;
    private boolean done;

    /** The stack parts an operation uses. */
    record Collaborators(OutboundRequests outbound, UacCore uac, LocalEndpoint local, IdGenerator ids,
                         SipScheduler scheduler, Runnable onDone) {
    }

    ProxyOperation(ServerTransaction upstream, ProxyOptions options, ProxyListener listener, Collaborators with) {
        this.upstream = upstream;
        this.options = options;
        this.listener = listener;
        this.with = with;
        this.pendingTargets = new ArrayDeque<>(options.destinations());
    }

    /**
     * Returns the upstream server transaction being proxied.
     *
     * @return the transaction
     */
    public ServerTransaction upstream() {
        return upstream;
    }

    /**
     * Returns the options the operation runs with.
     *
     * @return the options
     */
    public ProxyOptions options() {
        return options;
    }

    /**
     * Tells whether the operation has ended (reported with {@link ProxyListener#onDone}).
     *
     * @return true when done
     */
    public boolean isDone() {
        return done;
    }

    void start() {
        advance();
    }

    /** The caller cancelled: 487 upstream, every branch cancelled or abandoned, done. */
    void cancel() {
        if (done) {
            return;
        }
        pendingTargets.clear();
        for (ProxyBranch branch : active) {
            abandon(branch);
        }
        active.clear();
        SipResponse terminated = localResponse(487);
        sendUpstream(terminated);
        finish(terminated);
    }

    private void advance() {
        if (done) {
            return;
        }
        if (options.simultaneous()) {
            while (!pendingTargets.isEmpty()) {
                startBranch(pendingTargets.poll());
            }
        } else {
            while (active.isEmpty() && !pendingTargets.isEmpty()) {
                startBranch(pendingTargets.poll());
            }
        }
        if (!done && active.isEmpty() && pendingTargets.isEmpty()) {
            forwardBest();
        }
    }

    private void startBranch(String target) {
        ProxyBranch branch = new ProxyBranch(target);
        Uri uri;
        try {
            uri = Uris.parse(target);
        } catch (SipParseException badTarget) {
            LOG.warn("Cannot proxy to {}: {}", target, badTarget.getMessage());
            return;
        }
        active.add(branch);
        with.outbound().resolve(uri).whenComplete((destination, error) -> {
            if (error != null) {
                LOG.warn("Cannot proxy to {}: {}", target, error.getMessage());
                branchEnded(branch);
            } else if (!branch.isAbandoned() && !done) {
                send(branch, uri, destination);
            }
        });
    }

    private void send(ProxyBranch branch, Uri target, Destination destination) {
        anySent = true;
        SipRequest forwarded = forwardedRequest(target, destination);
        branch.transaction(with.outbound().send(forwarded, destination, with.ids().proxyBranch(),
                new BranchListener(branch)));
        if (options.provisionalTimeoutMillis() > 0 && SipMethod.INVITE.equals(forwarded.method())) {
            branch.provisionalTimer(with.scheduler().schedule(options.provisionalTimeoutMillis(), () -> {
                if (!branch.hasResponded() && active.contains(branch)) {
                    abandon(branch);
                    branchEnded(branch);
                }
            }));
        }
    }

    /**
     * RFC 3261 §16.6 with drachtio's rules: the Request-URI changes only when it named us; record-routing
     * a REGISTER adds {@code Path} and {@code Require: path} (RFC 3327) instead of Record-Route.
     */
    private SipRequest forwardedRequest(Uri target, Destination destination) {
        SipRequest request = upstream.request();
        MessageRewrite rewrite = MessageRewrite.of(request);
        List<NameAddress> routes = request.routes();
        if (!routes.isEmpty() && with.local().isLocal(routes.get(0).uri())) {
            rewrite.dropFirst(HeaderNames.ROUTE);
        }
        Integer maxForwards = request.maxForwards();
        rewrite.set(HeaderNames.MAX_FORWARDS, maxForwards == null ? "70" : Integer.toString(maxForwards - 1));
        if (options.recordRoute() && SipMethod.REGISTER.equals(request.method())) {
            rewrite.prepend(PATH, with.local().recordRoute(destination.transport())).add(HeaderNames.REQUIRE, "path");
        } else if (options.recordRoute()) {
            rewrite.prepend(HeaderNames.RECORD_ROUTE, with.local().recordRoute(destination.transport()));
        }
        for (SipHeader header : options.headers()) {
            rewrite.add(header.name(), header.value());
        }
        String requestUri = with.local().isLocal(request.uri()) ? target.toString() : request.requestUri();
        return rewrite.toRequest(request.method(), requestUri);
    }

    private void onResponse(ProxyBranch branch, ReceivedMessage received) {
        SipResponse response = received.response();
        int status = response.status();
        branch.responded();
        if (branch.isAbandoned()) {
            return;
        }
        SipResponse upstreamResponse = MessageRewrite.of(response).dropFirst(HeaderNames.VIA).toResponse();
        if (status < 200) {
            if (SipMethod.INVITE.equals(upstream.request().method())) {
                branch.timerC(with.scheduler().schedule(TIMER_C_MILLIS, () -> timerC(branch)));
            }
            if (status > 100 && !done) {
                sendUpstream(upstreamResponse);
            }
            return;
        }
        branch.finished();
        active.remove(branch);
        if (status < 300) {
            onSuccess(branch, received, upstreamResponse);
            return;
        }
        if (done) {
            return;
        }
        listener.onFinalResponse(this, branch.target(), received);
        candidates.add(upstreamResponse);
        if (status < 400 && options.followRedirects()) {
            redirect(response);
        } else if (status >= 600) {
            stopForking();
        }
        advance();
    }

    private void onSuccess(ProxyBranch branch, ReceivedMessage received, SipResponse upstreamResponse) {
        sendUpstream(upstreamResponse);
        if (done) {
            return;
        }
        listener.onFinalResponse(this, branch.target(), received);
        stopForking();
        finish(upstreamResponse);
    }

    /** RFC 3261 §16.7 step 4 / drachtio: Contacts of a 3xx become the next targets, in order. */
    private void redirect(SipResponse redirect) {
        List<NameAddress> contacts = redirect.contacts();
        for (int i = contacts.size() - 1; i >= 0; i--) {
            if (!contacts.get(i).isWildcard()) {
                pendingTargets.addFirst(contacts.get(i).uri().toString());
            }
        }
    }

    /** No new targets; the running branches are cancelled. */
    private void stopForking() {
        pendingTargets.clear();
        for (ProxyBranch other : active) {
            abandon(other);
        }
        active.clear();
    }

    private void abandon(ProxyBranch branch) {
        branch.abandon();
        ClientTransaction transaction = branch.transaction();
        if (transaction != null && SipMethod.INVITE.equals(transaction.request().method()) && !transaction.isTerminated()) {
            with.uac().cancel(transaction, IGNORE);
        }
    }

    /** RFC 3261 §16.8: no final response within timer C after a provisional: CANCEL, count it as 408. */
    private void timerC(ProxyBranch branch) {
        if (!active.contains(branch) || done) {
            return;
        }
        abandon(branch);
        candidates.add(localResponse(408));
        branchEnded(branch);
    }

    private void branchEnded(ProxyBranch branch) {
        if (active.remove(branch)) {
            advance();
        }
    }

    private void forwardBest() {
        SipResponse best = ResponseRanking.best(candidates);
        if (best == null) {
            best = localResponse(anySent ? 408 : 500);
        }
        sendUpstream(best);
        finish(best);
    }

    private void finish(SipResponse forwarded) {
        done = true;
        with.onDone().run();
        listener.onDone(this, forwarded);
    }

    private SipResponse localResponse(int status) {
        SipResponse response = SipResponse.forRequest(upstream.request(), status);
        if (response.to().tag() == null) {
            response.headers().set(HeaderNames.TO, response.header(HeaderNames.TO) + ";tag=" + with.ids().tag());
        }
        return response;
    }

    private void sendUpstream(SipResponse response) {
        try {
            upstream.sendResponse(response);
        } catch (IllegalStateException alreadyAnswered) {
            LOG.debug("Not forwarding {} upstream: {}", response.status(), alreadyAnswered.getMessage());
        }
    }

    /** Routes a branch's transaction events back into the operation. */
    private final class BranchListener implements ClientTransactionListener {
        private final ProxyBranch branch;

        private BranchListener(ProxyBranch branch) {
            this.branch = branch;
        }

        @Override
        public void onResponse(ClientTransaction transaction, ReceivedMessage response) {
            ProxyOperation.this.onResponse(branch, response);
        }

        @Override
        public void onTimeout(ClientTransaction transaction) {
            branchEnded(branch);
        }

        @Override
        public void onTransportError(ClientTransaction transaction, Throwable cause) {
            LOG.warn("Cannot proxy to {}: {}", branch.target(), cause.getMessage());
            branchEnded(branch);
        }
    }
}
