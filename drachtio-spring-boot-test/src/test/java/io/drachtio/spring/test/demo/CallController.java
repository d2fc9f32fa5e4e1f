package io.drachtio.spring.test.demo;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import reactor.core.publisher.Mono;

/** The calls the demo application takes, chosen by the user part of the Request-URI. */
@SipController
public class CallController {

    /** First proxy destination. */
    public static final String PRIMARY = "sip:primary@127.0.0.1:5171";

    /** Second proxy destination, tried when the first fails. */
    public static final String BACKUP = "sip:backup@127.0.0.1:5172";

    private final BlockingQueue<String> cancelledCalls = new LinkedBlockingQueue<>();
    private final BlockingQueue<ProxyOutcome> proxyOutcomes = new LinkedBlockingQueue<>();

    @Invite(requestUri = "sip:(answer|1002)@.*")
    SipReply answer() {
        return SipReply.ok().header("X-Handled-By", "answer").body("application/sdp", DemoSipApplication.ANSWER_SDP);
    }

    @Invite(requestUri = "sip:early@.*")
    Mono<SipReply> earlyMedia(IncomingRequest request) {
        return request.response().send(183, response -> {
            response.headers().add("Require", "100rel");
            response.headers().add("Content-Type", "application/sdp");
            response.setBody(DemoSipApplication.ANSWER_SDP);
        }).then(request.prack()).thenReturn(SipReply.ok().body("application/sdp", DemoSipApplication.ANSWER_SDP));
    }

    @Invite(requestUri = "sip:ring@.*")
    Mono<SipReply> ringUntilCancelled(IncomingRequest request, @CallId String callId) {
        return request.response().send(180).then(request.cancelled())
                .doOnNext(cancel -> cancelledCalls.add(callId))
                .then(Mono.empty());
    }

    @Invite(requestUri = "sip:busy@.*")
    SipReply busy() {
        throw new BusyException();
    }

    @Invite(requestUri = "sip:hunt@.*")
    Mono<ProxyResult> huntGroup(IncomingRequest request, @CallId String callId) {
        return request.proxy(ProxyOptions.to(PRIMARY, BACKUP))
                .doOnNext(result -> proxyOutcomes.add(new ProxyOutcome(callId, result, request.isCancelled())));
    }

    @Options
    SipReply options() {
        return SipReply.ok().header("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS, PRACK");
    }

    /**
     * Returns the calls the caller cancelled while they rang, in the order the application learnt it.
     *
     * @return their Call-IDs
     */
    public BlockingQueue<String> cancelledCalls() {
        return cancelledCalls;
    }

    /**
     * Returns the outcomes of the proxy operations, in the order they ended.
     *
     * @return the outcomes
     */
    public BlockingQueue<ProxyOutcome> proxyOutcomes() {
        return proxyOutcomes;
    }

    /**
     * What the application saw of one proxy operation.
     *
     * @param callId    the Call-ID of the proxied request
     * @param result    the proxy result
     * @param cancelled whether the proxied request was marked cancelled when the result came
     */
    public record ProxyOutcome(String callId, ProxyResult result, boolean cancelled) {
    }
}
