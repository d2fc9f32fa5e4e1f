package io.drachtio.client;

import io.drachtio.sip.SipResponse;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;

/**
 * Sends the responses to one incoming request. Any number of provisional responses (101–199) may
 * precede exactly one final response; a second final response is refused with a
 * {@link TransactionStateException} and never sent. A provisional with {@code Require: 100rel} is
 * sent reliably by the server (the PRACK then arrives as a request of its own, see
 * {@link IncomingRequest#prack()}).
 *
 * <p>Each {@code send} writes immediately (no subscription needed); the returned {@code Mono}
 * completes with the server's echo, or fails with {@link CommandFailedException} (e.g. the request
 * was cancelled meanwhile), {@link ConnectionLostException} or {@link ReplyTimeoutException}. All
 * methods are thread-safe.
 */
public interface ResponseChannel {

    /**
     * @param status the status code
     * @return the sent response
     */
    Mono<SentResponse> send(int status);

    /**
     * @param status the status code
     * @param reason the reason phrase
     * @return the sent response
     */
    Mono<SentResponse> send(int status, String reason);

    /**
     * Builds the response from the request (Call-ID, CSeq, From, To copied) and lets the caller add
     * headers and a body before it is sent.
     *
     * @param status     the status code
     * @param customizer changes the response (headers, body) before it is sent
     * @return the sent response
     */
    Mono<SentResponse> send(int status, Consumer<SipResponse> customizer);

    /**
     * @param status     the status code
     * @param reason     the reason phrase
     * @param customizer changes the response before it is sent
     * @return the sent response
     */
    Mono<SentResponse> send(int status, String reason, Consumer<SipResponse> customizer);

    /**
     * Sends a complete response built by the caller.
     *
     * @param response the response
     * @return the sent response
     */
    Mono<SentResponse> send(SipResponse response);

    /** @return {@code true} once a final response was sent (or is being sent) */
    boolean isFinalSent();

    /**
     * @return the status of the final response sent (or being sent), or {@code 0} when none was (not
     *         answered yet, proxied, or never answerable)
     */
    int finalStatus();

    /** @return {@code true} when this request may still be answered (not final-sent, not cancelled, answerable) */
    boolean isAnswerable();
}
