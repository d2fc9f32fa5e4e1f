package io.drachtio.client.internal;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.DrachtioClientException;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.client.SentRequest;
import io.drachtio.client.TransactionStateException;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipResponse;
import io.drachtio.sip.header.CSeq;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A request the application sent (UAC) and what follows it, on the session it was sent through:
 * the R1 echo, the responses reported with its transaction id, the one digest retry, and the
 * CANCEL / ACK / PRACK the application sends for it.
 */
final class DefaultClientTransaction implements ClientTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultClientTransaction.class);

    private final Session session;
    private final OutgoingRequest request;
    private final Sinks.Many<ReceivedResponse> responses = Sinks.many().replay().all();
    private final AtomicReference<Mono<SentRequest>> ack = new AtomicReference<>();
    private volatile Mono<SentRequest> sent;
    private volatile boolean cancelRequested;
    private SentRequest lastSent;
    private boolean challengeAnswered;

    private DefaultClientTransaction(Session session, OutgoingRequest request) {
        this.session = session;
        this.request = request;
    }

    /**
     * Sends a request at once.
     *
     * @param session the session to send it through
     * @param request the request
     * @return its transaction
     */
    static ClientTransaction start(Session session, OutgoingRequest request) {
        byte[] sip;
        try {
            sip = SipRequestWriter.write(request.method(), request.requestUri(), request.headers(), request.body());
        } catch (RuntimeException e) {
            return new FailedTransaction(e);
        }
        DefaultClientTransaction transaction = new DefaultClientTransaction(session, request);
        transaction.sent = transaction.send(sip, request.dialogId(), request.routeUrl());
        return transaction;
    }

    String method() {
        return request.method();
    }

    private boolean isInvite() {
        return SipMethod.INVITE.equals(request.method());
    }

    private Mono<SentRequest> send(byte[] sip, String dialogId, String routeUrl) {
        SipCommand command = new SipCommand(session.newId(), null, dialogId, routeUrl, sip);
        return session.call(command, "sip", new ReplyMapper<SentRequest>() {
            @Override
            public SentRequest ok(Reply reply) {
                SentRequest echo = echoOf(reply);
                lastSent = echo;
                session.context().observer().notify(o -> o.requestSent(session.name(), request.method()));
                if (SipMethod.ACK.equals(request.method())) {
                    responses.tryEmitComplete();
                } else {
                    session.uac().register(echo.transactionId(), DefaultClientTransaction.this);
                }
                return echo;
            }

            @Override
            public void afterFailure(Throwable error) {
                responses.tryEmitError(error);
            }
        });
    }

    private static SentRequest echoOf(Reply reply) {
        String transactionId = reply.transactionId();
        if (transactionId == null || transactionId.isEmpty()) {
            throw new IllegalArgumentException("the reply carries no transaction id");
        }
        return new SentRequest(transactionId, SipMessages.request(reply.sip()), reply.meta());
    }

    @Override
    public Mono<SentRequest> sent() {
        return sent;
    }

    @Override
    public Flux<ReceivedResponse> responses() {
        return responses.asFlux();
    }

    @Override
    public Mono<ReceivedResponse> finalResponse() {
        return responses.asFlux().last();
    }

    /** A response for the current attempt, on the event loop. */
    void onResponse(ReceivedResponse response) {
        session.context().observer().notify(o -> o.responseReceived(session.name(), request.method(),
                response.status()));
        if (isChallenge(response)) {
            challengeAnswered = true;
            DigestRetry.Attempt retry = prepareRetry(response);
            if (retry != null) {
                sent = send(retry.sip(), retry.dialogId(), retry.routeUrl());
                responses.tryEmitNext(response);
                return;
            }
        }
        responses.tryEmitNext(response);
        if (response.isFinal()) {
            responses.tryEmitComplete();
        }
    }

    private boolean isChallenge(ReceivedResponse response) {
        return (response.status() == 401 || response.status() == 407) && request.credentials() != null
                && !challengeAnswered && !cancelRequested && lastSent != null;
    }

    private DigestRetry.Attempt prepareRetry(ReceivedResponse challenge) {
        try {
            DigestRetry.Attempt retry = DigestRetry.prepare(request, lastSent, challenge);
            if (retry == null) {
                LOG.info("{} to {} was challenged ({}) with no supported digest challenge; not retried",
                        request.method(), request.requestUri(), challenge.status());
            }
            return retry;
        } catch (RuntimeException e) {
            LOG.warn("could not answer the {} challenge to {} {}: {}", challenge.status(), request.method(),
                    request.requestUri(), e.getMessage());
            return null;
        }
    }

    /** The session closed before the final response. */
    void onConnectionLost(Throwable error) {
        responses.tryEmitError(error);
    }

    @Override
    public Mono<SentRequest> cancel(List<OutgoingRequest.Header> headers) {
        if (!isInvite()) {
            return Mono.error(new TransactionStateException("only an INVITE can be cancelled, not a "
                    + request.method()));
        }
        byte[] sip;
        try {
            sip = SipRequestWriter.write(SipMethod.CANCEL, request.requestUri(), headers, null);
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        cancelRequested = true;
        return eager(sent.flatMap(invite -> session.call(
                new SipCommand(session.newId(), invite.transactionId(), null, null, sip), "sip",
                DefaultClientTransaction::echoOf)));
    }

    @Override
    public Mono<SentRequest> ack(byte[] body) {
        if (!isInvite()) {
            return Mono.error(new TransactionStateException("only the 2xx to an INVITE is ACKed, not a response to "
                    + request.method()));
        }
        Mono<SentRequest> existing = ack.get();
        if (existing != null) {
            return existing;
        }
        Mono<SentRequest> created = finalResponse().flatMap(response -> sendAck(response, body)).cache();
        if (!ack.compareAndSet(null, created)) {
            return ack.get();
        }
        created.subscribe(echo -> { }, error -> { });
        return created;
    }

    private Mono<SentRequest> sendAck(ReceivedResponse response, byte[] body) {
        if (response.status() / 100 != 2) {
            return Mono.error(new TransactionStateException("the final response to " + request.method() + " "
                    + request.requestUri() + " was " + response.status()
                    + "; only a 2xx is ACKed by the application (the server ACKs the others itself)"));
        }
        if (response.dialogId() == null) {
            return Mono.error(new DrachtioClientException("the " + response.status() + " carries no dialog id"));
        }
        byte[] sip = SipRequestWriter.write(SipMethod.ACK, request.requestUri(), List.of(), body);
        return session.call(new SipCommand(session.newId(), null, response.dialogId(), null, sip), "sip",
                DefaultClientTransaction::echoOf);
    }

    @Override
    public ClientTransaction prack(ReceivedResponse reliableProvisional, byte[] body) {
        if (!isInvite() || reliableProvisional == null || !reliableProvisional.isReliableProvisional()) {
            return new FailedTransaction(new TransactionStateException(
                    "a PRACK acknowledges a reliable provisional response (1xx with RSeq) to an INVITE"));
        }
        SipResponse provisional = reliableProvisional.message();
        String rack;
        try {
            CSeq cseq = provisional.cseq();
            rack = provisional.rseq() + " " + cseq.number() + " " + cseq.method();
        } catch (RuntimeException e) {
            return new FailedTransaction(e);
        }
        OutgoingRequest prack = OutgoingRequest.builder(SipMethod.PRACK, request.requestUri())
                .header(HeaderNames.RACK, rack)
                .body(body)
                .dialogId(reliableProvisional.dialogId())
                .build();
        return start(session, prack);
    }

    /** Makes an operation happen without a subscriber, and replays its outcome to subscribers. */
    private static <T> Mono<T> eager(Mono<T> operation) {
        Mono<T> cached = operation.cache();
        cached.subscribe(value -> { }, error -> { });
        return cached;
    }
}
