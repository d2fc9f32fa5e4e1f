package io.drachtio.testserver.engine;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.testserver.stack.ClientSipMessage;
import io.drachtio.testserver.stack.Destinations;
import io.drachtio.testserver.stack.FarEndMessages;
import io.drachtio.testserver.stack.HeaderLine;
import io.drachtio.testserver.stack.ResponseParts;
import io.drachtio.testserver.stack.SipBytes;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.testserver.stack.StackRequests;
import io.drachtio.testserver.stack.StackResponses;
import io.drachtio.wire.ProxyCommand;
import io.drachtio.wire.Reply;
import io.drachtio.wire.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proxy operations (§5.6, §9): the server forwards a delivered request to the destinations of a
 * {@code proxy} command, serially or simultaneously, lets the scripted simulated targets answer
 * (on the test clock), reports every final response with an R3 {@code continue} reply (when
 * {@code fullResponse}), ends with R4 {@code done} right after a 2xx or when all targets are done,
 * forwards the best response to the caller (RFC 3261 §16.7) or a 408, and emits the proxy CDRs.
 * A 401/407 ends the search at once and is forwarded; a 6xx ends it too (the other targets are
 * cancelled) and the best response is forwarded. Non-2xx finals of targets are ACKed by the server.
 *
 * <p>When the caller CANCELs (drachtio-server's {@code ProxyCore}): the caller gets 200 and a 487
 * from the server at once; every target that answered provisionally gets a CANCEL (one that has not
 * answered at all is dropped without one); each 487 the targets answer is reported with a
 * {@code continue} and ACKed, and {@code done} follows once no target is outstanding. The
 * application is not told about the CANCEL itself.
 */
public final class Proxying {

    /** Timer B: a target that sends nothing at all is given up after 64 × T1. */
    public static final Duration NO_ANSWER_TIMEOUT = Duration.ofSeconds(32);

    private final ServerContext context;
    private final Cdrs cdrs;
    private final FarEndMessages messages;
    private final Map<String, ProxyRun> byUpstream = new HashMap<>();
    private final ProxyMessages proxyMessages;

    /**
     * Creates the handler.
     *
     * @param context  the server state
     * @param cdrs     the CDR emitter
     * @param messages the far end message factory (for scripted answers)
     */
    public Proxying(ServerContext context, Cdrs cdrs, FarEndMessages messages) {
        this.context = context;
        this.cdrs = cdrs;
        this.messages = messages;
        this.proxyMessages = new ProxyMessages(context);
    }

    /**
     * Handles a {@code proxy} command.
     *
     * @param connection the connection that sent it
     * @param command    the command
     */
    public void proxy(ControlConnection connection, ProxyCommand command) {
        IncomingTransaction upstream = context.transactions().incoming(command.transactionId());
        if (upstream == null || upstream.handling() != RequestHandling.DELIVERED
                || upstream.phase() != IncomingTransaction.Phase.OPEN || upstream.appResponded()) {
            connection.send(Reply.failed(context.frames().nextId(), command.id(),
                    "Unknown transaction id: " + command.transactionId()));
            return;
        }
        upstream.phase(IncomingTransaction.Phase.PROXIED);
        List<SipHeader> headers = new ArrayList<>();
        if (command.sip().length > 0) {
            for (HeaderLine line : ClientSipMessage.parse(command.sip()).headers()) {
                headers.add(new SipHeader(line.name(), line.value()));
            }
        }
        ProxyRun run = new ProxyRun(connection, command, upstream, headers);
        byUpstream.put(upstream.id(), run);
        if (command.simultaneous()) {
            for (int i = 0; i < command.destinations().size(); i++) {
                startNext(run);
            }
        } else {
            startNext(run);
        }
        context.proxyRuns().add(run);
        if (!command.fullResponse()) {
            connection.send(Reply.proxyDone(context.frames().nextId(), command.id()));
        }
    }

    /**
     * Handles the caller's CANCEL of a running proxy operation: the caller gets 487 at once, every
     * target that answered provisionally is cancelled (and answers 487 unless its script ignores
     * CANCELs), {@code done} follows once no target is outstanding.
     *
     * @param upstream the cancelled INVITE
     */
    public void cancelledByCaller(IncomingTransaction upstream) {
        ProxyRun run = byUpstream.get(upstream.id());
        if (run == null || run.isDone() || run.isCancelledByCaller()) {
            return;
        }
        String tag = upstream.localTag() != null ? upstream.localTag() : context.tokens().tag();
        byte[] terminated = StackResponses.build(upstream.request(), 487, tag);
        SipResponse terminatedResponse = SipBytes.response(terminated);
        run.cancelledByCaller(terminatedResponse);
        upstream.finalResponse(487, terminated, null);
        upstream.responses().add(terminatedResponse);
        cdrs.stop(Source.APPLICATION, Cdrs.CALL_REJECTED, terminated);
        run.attempts().forEach(other -> giveUp(run, other));
        doneIfNothingOutstanding(run);
    }

    /**
     * Records the caller's ACK of a proxied 2xx at the target that answered: relayed by the server
     * when the dialog is record-routed, else straight from the caller (the server is not on its path).
     *
     * @param upstream the proxied INVITE
     * @param ack      the ACK as the answering target received it
     */
    public void acknowledgedByCaller(IncomingTransaction upstream, SipRequest ack) {
        ProxyRun run = byUpstream.get(upstream.id());
        String tag = ack.to() == null ? null : ack.to().tag();
        if (run == null || tag == null) {
            return;
        }
        for (ProxyAttempt attempt : run.attempts()) {
            if (attempt.answeredSuccessWithTag(tag)) {
                attempt.acknowledged(ack);
                return;
            }
        }
    }

    private void startNext(ProxyRun run) {
        List<String> destinations = run.command().destinations();
        int index = run.takeNextDestination();
        if (index >= destinations.size()) {
            if (run.attempts().stream().allMatch(ProxyAttempt::isFinished)) {
                finishWithBest(run);
            }
            return;
        }
        String destination = destinations.get(index);
        SipEndpoint target = Destinations.of(destination);
        if (target == null) {
            startNext(run);
            return;
        }
        byte[] bytes = proxyMessages.forward(run, destination, target);
        TargetScript script = context.proxyTargets().scriptFor(destination);
        ProxyAttempt attempt = new ProxyAttempt(destination, target, SipBytes.request(bytes), bytes,
                context.tokens().tag(), script.answersCancel());
        run.started(attempt);
        context.networkRequests().add(new OutgoingTransaction(context.tokens().uuid(), attempt.forwarded(), bytes,
                OutgoingTransaction.Origin.SERVER, null, target, null));
        cdrs.attempt(Source.APPLICATION, bytes);
        play(run, attempt, script);
    }

    private void play(ProxyRun run, ProxyAttempt attempt, TargetScript script) {
        Duration at = Duration.ZERO;
        for (TargetScript.Step step : script.steps()) {
            at = at.plus(step.delay());
            Runnable answer = () -> answer(run, attempt, step.answer());
            if (at.isZero()) {
                context.loop().loop().execute(answer);
            } else {
                attempt.timer(context.schedule(at, answer));
            }
        }
        Duration timeout = ProxyTimeouts.parse(run.command().provisionalTimeout());
        attempt.timer(context.schedule(timeout != null ? timeout : NO_ANSWER_TIMEOUT, () -> {
            if (!attempt.isFinished() && attempt.responses().isEmpty()) {
                giveUp(run, attempt);
                next(run);
            }
        }));
    }

    private void answer(ProxyRun run, ProxyAttempt attempt, TargetScript.Answer answer) {
        if (attempt.isFinished() || run.isDone()) {
            return;
        }
        long rseq = attempt.nextRseq(context.tokens().rseq());
        received(run, attempt, answer.render(attempt.forwarded(), attempt.target(), attempt.toTag(), rseq, messages));
    }

    private void received(ProxyRun run, ProxyAttempt attempt, byte[] bytes) {
        SipResponse response = SipBytes.response(bytes);
        attempt.received(response);
        int status = response.status();
        if (status == 100) {
            return;
        }
        if (status < 200) {
            if (!run.isCancelledByCaller()) {
                run.upstream().responses().add(ProxyMessages.withoutTopVia(response));
            }
            return;
        }
        reportFinal(run, attempt, response, bytes);
        if (run.isCancelledByCaller()) {
            doneIfNothingOutstanding(run);
        } else if (status < 300) {
            run.attempts().stream().filter(other -> other != attempt).forEach(other -> giveUp(run, other));
            SipResponse upstreamResponse = ProxyMessages.withoutTopVia(response);
            byte[] upstreamBytes = upstreamResponse.toBytes();
            finish(run, upstreamResponse, upstreamBytes);
            cdrs.start(Source.APPLICATION, Cdrs.ROLE_PROXY_UAS, upstreamBytes);
            if (run.command().remainInDialog()) {
                context.dialogs().addProxied(new ProxiedDialog(run.upstream().request(), upstreamResponse,
                        run.upstream().source(), attempt.target()));
            }
        } else if (status == 401 || status == 407) {
            run.attempts().forEach(other -> giveUp(run, other));
            SipResponse upstreamResponse = ProxyMessages.withoutTopVia(response);
            finish(run, upstreamResponse, upstreamResponse.toBytes());
        } else if (status >= 600) {
            run.attempts().forEach(other -> giveUp(run, other));
            finishWithBest(run);
        } else {
            next(run);
        }
    }

    /** A target's final response: CDR, ACK of a non-2xx, {@code continue} to the application. */
    private void reportFinal(ProxyRun run, ProxyAttempt attempt, SipResponse response, byte[] bytes) {
        attempt.finish();
        run.addFinal(response);
        int status = response.status();
        if (status < 300) {
            cdrs.start(Source.NETWORK, Cdrs.ROLE_PROXY_UAC, bytes);
        } else {
            cdrs.stop(Source.NETWORK, status == 487 ? Cdrs.CALL_CANCELED : Cdrs.CALL_REJECTED, bytes);
            byte[] ack = StackRequests.ack(attempt.forwarded(), response.header("To"));
            SipRequest sentAck = SipBytes.request(ack);
            attempt.acknowledged(sentAck);
            context.networkRequests().add(new OutgoingTransaction(context.tokens().uuid(), sentAck, ack,
                    OutgoingTransaction.Origin.SERVER, null, attempt.target(), null));
        }
        if (run.command().fullResponse()) {
            run.connection().send(Reply.proxyContinue(context.frames().nextId(), run.command().id(),
                    context.frames().meta(Source.NETWORK, bytes.length, attempt.target()), bytes));
        }
    }

    private void doneIfNothingOutstanding(ProxyRun run) {
        if (run.attempts().stream().allMatch(ProxyAttempt::isFinished)) {
            finish(run, run.cancelResponse(), null);
        }
    }

    private void next(ProxyRun run) {
        if (run.isDone()) {
            return;
        }
        if (run.isCancelledByCaller()) {
            doneIfNothingOutstanding(run);
            return;
        }
        if (run.command().simultaneous()) {
            if (run.attempts().stream().allMatch(ProxyAttempt::isFinished)) {
                finishWithBest(run);
            }
        } else {
            startNext(run);
        }
    }

    private void finishWithBest(ProxyRun run) {
        SipResponse best = ProxyMessages.best(run.finals());
        if (best == null) {
            IncomingTransaction upstream = run.upstream();
            byte[] timeout = StackResponses.build(upstream.request(), 408, context.tokens().tag());
            finish(run, SipBytes.response(timeout), timeout);
            return;
        }
        SipResponse upstreamResponse = ProxyMessages.withoutTopVia(best);
        finish(run, upstreamResponse, upstreamResponse.toBytes());
    }

    private void finish(ProxyRun run, SipResponse upstreamResponse, byte[] upstreamBytes) {
        if (run.isDone()) {
            return;
        }
        if (upstreamBytes != null) {
            IncomingTransaction upstream = run.upstream();
            upstream.finalResponse(upstreamResponse.status(), upstreamBytes, null);
            upstream.responses().add(upstreamResponse);
        }
        if (run.command().fullResponse()) {
            run.connection().send(Reply.proxyDone(context.frames().nextId(), run.command().id()));
        }
        run.finish(upstreamResponse);
    }

    /**
     * Gives a target up: one that has not answered at all is dropped; one that answered
     * provisionally gets a CANCEL, which it answers 200 (and, when the caller cancelled, 487 to the
     * INVITE) unless its script ignores CANCELs. After a 2xx drachtio-server discards the 487s of the
     * other forks (§9.2), so they are not played.
     */
    private void giveUp(ProxyRun run, ProxyAttempt attempt) {
        if (attempt.isFinished() || attempt.isCancelled()) {
            return;
        }
        if (attempt.responses().isEmpty()) {
            attempt.finish();
            return;
        }
        attempt.cancelled();
        byte[] bytes = StackRequests.cancel(attempt.forwarded()).toBytes();
        OutgoingTransaction cancel = new OutgoingTransaction(context.tokens().uuid(), SipBytes.request(bytes),
                bytes, OutgoingTransaction.Origin.SERVER, null, attempt.target(), null);
        context.networkRequests().add(cancel);
        if (!attempt.answersCancel()) {
            return;
        }
        cancel.responses().add(messages.response(cancel.request(), attempt.target(), attempt.toTag(),
                ResponseParts.of(200), 0));
        if (run.isCancelledByCaller()) {
            received(run, attempt, messages.response(attempt.forwarded(), attempt.target(), attempt.toTag(),
                    ResponseParts.of(487), 0).toBytes());
        } else {
            attempt.finish();
        }
    }
}
