package io.drachtio.client;

import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request the application sent and everything that follows it: the server's confirmation, the
 * responses, and the follow-ups a UAC sends (CANCEL, ACK, PRACK).
 *
 * <p>The request is written when {@link DrachtioConnection#request(OutgoingRequest)} is called
 * (no subscription needed). The streams below are replayed to late subscribers. With credentials,
 * a 401/407 is answered once, on the same connection, with a new transaction; {@link #responses()}
 * then continues with the responses of the retry (the challenge itself is reported too), and
 * {@link #sent()} / {@link #cancel()} refer to the current attempt.
 */
public interface ClientTransaction {

    /** @return the server's echo of the (current attempt of the) request */
    Mono<SentRequest> sent();

    /**
     * @return every reported response (101–699) in order, completing after the final one; fails with
     *         {@link ConnectionLostException} when the connection drops first
     */
    Flux<ReceivedResponse> responses();

    /** @return the final response (of the last attempt, when a challenge was answered) */
    Mono<ReceivedResponse> finalResponse();

    /**
     * CANCELs the INVITE (the current attempt). The server then reports 487 (or a racing 2xx) as the
     * final response; the application must not ACK the 487 (the server does).
     *
     * @param headers extra headers for the CANCEL, e.g. {@code Reason}
     * @return the server's echo of the CANCEL
     */
    Mono<SentRequest> cancel(List<OutgoingRequest.Header> headers);

    /** @return the server's echo of the CANCEL; see {@link #cancel(List)} */
    default Mono<SentRequest> cancel() {
        return cancel(List.of());
    }

    /**
     * ACKs the 2xx final response of this INVITE (refused with {@link TransactionStateException} for
     * non-2xx: the server ACKs those itself).
     *
     * @param body the ACK body (late offer answer), or {@code null}
     * @return the server's echo of the ACK
     */
    Mono<SentRequest> ack(byte[] body);

    /** @return the server's echo of the ACK; see {@link #ack(byte[])} */
    default Mono<SentRequest> ack() {
        return ack(null);
    }

    /**
     * Sends the PRACK for a reliable provisional response, with the RAck computed from its RSeq and
     * CSeq.
     *
     * @param reliableProvisional the reliable 1xx
     * @param body                PRACK body, or {@code null}
     * @return the PRACK's own transaction (its 200 arrives there)
     */
    ClientTransaction prack(ReceivedResponse reliableProvisional, byte[] body);
}
