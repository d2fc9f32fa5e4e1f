package io.drachtio.client.internal;

import io.drachtio.client.SentResponse;
import io.drachtio.client.TransactionStateException;
import io.drachtio.sip.SipResponse;
import io.drachtio.wire.Reply;
import io.drachtio.wire.SipCommand;
import io.drachtio.wire.WireLimitExceededException;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;

/**
 * Answers one incoming request: builds the response like drachtio-srf does (see
 * {@link ResponseFactory}), enforces "provisionals, then exactly one final", and sends
 * {@code sip|<transactionId>|} through the request's session. The server's R2 echo becomes the
 * {@link SentResponse}.
 */
final class DefaultResponseChannel implements io.drachtio.client.ResponseChannel {

    private final DefaultIncomingRequest request;

    DefaultResponseChannel(DefaultIncomingRequest request) {
        this.request = request;
    }

    @Override
    public Mono<SentResponse> send(int status) {
        return send(status, null, null);
    }

    @Override
    public Mono<SentResponse> send(int status, String reason) {
        return send(status, reason, null);
    }

    @Override
    public Mono<SentResponse> send(int status, Consumer<SipResponse> customizer) {
        return send(status, null, customizer);
    }

    @Override
    public Mono<SentResponse> send(int status, String reason, Consumer<SipResponse> customizer) {
        RuntimeException refused = refusal(status);
        if (refused != null) {
            return Mono.error(refused);
        }
        if (customizer == null) {
            byte[] bytes;
            try {
                bytes = ResponseFactory.bytes(request.message(), status, reason);
            } catch (RuntimeException e) {
                return Mono.error(e);
            }
            return send(status, false, bytes);
        }
        SipResponse response;
        try {
            response = ResponseFactory.create(request.message(), status, reason);
            customizer.accept(response);
            ResponseFactory.placeContentLengthLast(response);
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        return send(response);
    }

    @Override
    public Mono<SentResponse> send(SipResponse response) {
        int status = response.status();
        RuntimeException refused = refusal(status);
        if (refused != null) {
            return Mono.error(refused);
        }
        byte[] bytes;
        try {
            bytes = response.toBytes();
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        return send(status, status < 200 && ResponseFactory.asksForReliability(response), bytes);
    }

    /** Claims the response's place in the transaction and sends its bytes. */
    private Mono<SentResponse> send(int status, boolean reliable, byte[] bytes) {
        SipCommand command = new SipCommand(request.session().newId(), request.transactionId(), null, null, bytes);
        String claimRefused = request.state().claimResponse(status);
        if (claimRefused != null) {
            return Mono.error(new TransactionStateException(claimRefused + " (" + request.describe() + ")"));
        }
        return request.session().call(command, "sip", new Sending(status, status >= 200, reliable));
    }

    @Override
    public boolean isFinalSent() {
        return request.state().isFinalSent();
    }

    @Override
    public int finalStatus() {
        return request.state().finalStatus();
    }

    @Override
    public boolean isAnswerable() {
        return request.kind() == DefaultIncomingRequest.Kind.ANSWERABLE && request.state().open();
    }

    /** @return why this request can never be answered */
    String whyNotAnswerable() {
        return switch (request.kind()) {
            case ACK -> "an ACK is never answered (" + request.describe() + ")";
            case UNSOLICITED -> "the drachtio server generated this request itself (unsolicited); it is never "
                    + "answered (" + request.describe() + ")";
            case ANSWERABLE -> "";
        };
    }

    private RuntimeException refusal(int status) {
        if (request.kind() != DefaultIncomingRequest.Kind.ANSWERABLE) {
            return new TransactionStateException(whyNotAnswerable());
        }
        if (status < 101 || status > 699) {
            return new IllegalArgumentException("a response status must be 101..699 (the server sends 100 itself), was "
                    + status);
        }
        return null;
    }

    /** The life of one response command: state before the write, the R2 echo, failures. */
    private final class Sending implements ReplyMapper<SentResponse> {
        private final int status;
        private final boolean isFinal;
        private final boolean reliable;

        Sending(int status, boolean isFinal, boolean reliable) {
            this.status = status;
            this.isFinal = isFinal;
            this.reliable = reliable;
        }

        @Override
        public void beforeWrite() {
            request.session().incoming().responding(request, status, reliable);
        }

        @Override
        public SentResponse ok(Reply reply) {
            SentResponse sent = new SentResponse(SipMessages.response(reply.sip()),
                    WireValues.emptyToNull(reply.dialogId()), reply.meta());
            request.session().incoming().responded(request, status, reliable, sent.dialogId());
            ObserverNotifier observer = request.session().context().observer();
            if (observer.active()) {
                observer.notify(o -> o.responseSent(request, status));
            }
            return sent;
        }

        @Override
        public void afterFailure(Throwable error) {
            if (error instanceof WireLimitExceededException) {
                if (isFinal) {
                    request.state().releaseFinal();
                }
                return;
            }
            if (isFinal) {
                request.session().incoming().finalFailed(request, status);
            }
        }
    }
}
