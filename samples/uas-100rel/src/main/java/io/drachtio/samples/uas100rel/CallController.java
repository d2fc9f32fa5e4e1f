package io.drachtio.samples.uas100rel;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.SentResponse;
import io.drachtio.spring.annotation.Bye;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.error.SipException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Answers calls. The INVITE handler returns one Reactor chain per call, so nothing blocks while it waits for
 * the PRACK or the answer delay: reliable 183 with SDP (or 180 when the caller does not support 100rel), the
 * PRACK answered 200, the answer delay, then 200 with SDP. A CANCEL ends the chain wherever it is; the
 * drachtio server has then answered the INVITE 487 itself.
 */
@SipController
public class CallController {

    /**
     * How long the caller has to acknowledge the reliable 183 (64 × T1, RFC 3262 §3); after that the INVITE is
     * rejected with a 5xx as RFC 3262 asks.
     */
    public static final Duration PRACK_TIMEOUT = Duration.ofSeconds(32);

    private static final Logger log = LoggerFactory.getLogger(CallController.class);

    private final UasProperties properties;
    private final Scheduler callTimer;

    /**
     * Creates the controller.
     *
     * @param properties the answer delay
     * @param callTimer  the scheduler the answer delay and the PRACK wait run on
     */
    public CallController(UasProperties properties, Scheduler callTimer) {
        this.properties = properties;
        this.callTimer = callTimer;
    }

    /**
     * Answers an INVITE: early media (or ringing), the answer delay, then {@code 200 OK} with SDP.
     *
     * @param request the INVITE
     * @param callId  its Call-ID
     * @return the 200 once sent; empty when the caller cancelled first (no answer is due then)
     */
    @Invite
    public Mono<SentResponse> answer(IncomingRequest request, @CallId String callId) {
        Mono<?> early = Rel100.isSupportedBy(request.message()) ? playEarlyMedia(request) : ring(request);
        return early
                .flatMap(progressed -> Mono.delay(properties.answerDelay(), callTimer))
                .flatMap(delayed -> sendAnswer(request))
                .takeUntilOther(request.cancelled().doOnNext(cancel -> log.info("Call {} cancelled", callId)));
    }

    /**
     * Ends a call.
     *
     * @param callId the call's Call-ID
     * @return 200
     */
    @Bye
    public int hangUp(@CallId String callId) {
        log.info("Call {} ended", callId);
        return 200;
    }

    /**
     * Sends the reliable 183 with SDP and answers its PRACK. The PRACK is answered here, in the call's chain, as
     * soon as it arrives (before the starter dispatches it, which then sends no answer of its own), so the
     * caller always sees the PRACK's 200 before the INVITE's.
     */
    private Mono<SentResponse> playEarlyMedia(IncomingRequest request) {
        return request.response().send(183, "Session Progress", response -> {
                    response.headers().add("Require", Rel100.OPTION_TAG);
                    SessionDescription.addAnswerTo(response);
                })
                .then(request.prack().timeout(PRACK_TIMEOUT, callTimer))
                .onErrorMap(TimeoutException.class, timeout -> new SipException(500, "No PRACK Received"))
                .flatMap(prack -> prack.response().send(200));
    }

    private Mono<SentResponse> ring(IncomingRequest request) {
        return request.response().send(180);
    }

    /**
     * Sends the 200 with SDP. A CANCEL that crossed it makes the server refuse it (it already answered 487);
     * that is the end of the call, not an error.
     */
    private Mono<SentResponse> sendAnswer(IncomingRequest request) {
        return request.response().send(200, SessionDescription::addAnswerTo)
                .onErrorResume(refused -> request.isCancelled(), refused -> Mono.empty());
    }
}
