package io.drachtio.spring.endtoend;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.annotation.Ack;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Bye;
import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Message;
import io.drachtio.spring.annotation.Notify;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.Prack;
import io.drachtio.spring.annotation.Publish;
import io.drachtio.spring.annotation.Refer;
import io.drachtio.spring.annotation.Register;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipRequestMapping;
import io.drachtio.spring.annotation.Subscribe;
import io.drachtio.spring.annotation.Update;
import io.drachtio.spring.reply.SipReply;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * One handler per request annotation; each answers {@code 200} naming itself in {@code X-Handler}. New
 * requests are addressed to {@code sip:annotations@…}; requests inside a dialog carry
 * {@code X-Test: annotations}. ACKs are recorded by Call-ID.
 */
@SipController
class AnnotationController {

    /** The Request-URI user of the new requests. */
    static final String USER = "annotations";

    /** The header marking in-dialog requests meant for these handlers. */
    static final String MARK = "X-Test";

    private final BlockingQueue<String> ackedCalls = new LinkedBlockingQueue<>();

    /**
     * Waits for the ACK of a call, skipping the ACKs of other calls.
     *
     * @param callId the Call-ID
     * @return {@code true} when the ACK arrived within five seconds
     * @throws InterruptedException when interrupted
     */
    boolean awaitAck(String callId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (String acked = ackedCalls.poll(5, TimeUnit.SECONDS); acked != null;
                acked = ackedCalls.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (acked.equals(callId)) {
                return true;
            }
        }
        return false;
    }

    @Invite(requestUri = "sip:annotations@.*")
    SipReply invite(@Body String offer) {
        return handledBy("invite").body("application/sdp", offer);
    }

    @Invite(requestUri = "sip:reliable@.*")
    Mono<SipReply> inviteAnsweredReliably(IncomingRequest request, @Body String offer) {
        return request.response().send(183, response -> response.headers().add("Require", "100rel"))
                .then(request.prack())
                .thenReturn(handledBy("invite-after-prack").body("application/sdp", offer));
    }

    @Register(requestUri = "sip:annotations@.*")
    SipReply register() {
        return handledBy("register");
    }

    @Options(requestUri = "sip:annotations@.*")
    SipReply options() {
        return handledBy("options");
    }

    @Message(requestUri = "sip:annotations@.*")
    SipReply message() {
        return handledBy("message");
    }

    @Info(requestUri = "sip:annotations@.*")
    SipReply info() {
        return handledBy("info");
    }

    @Subscribe(requestUri = "sip:annotations@.*")
    SipReply subscribe() {
        return handledBy("subscribe").header("Expires", "60");
    }

    @Notify(requestUri = "sip:annotations@.*")
    SipReply notifyRequest() {
        return handledBy("notify");
    }

    @Publish(requestUri = "sip:annotations@.*")
    SipReply publish() {
        return handledBy("publish");
    }

    @Refer(headers = "X-Test=annotations")
    SipReply refer() {
        return SipReply.status(202).header("X-Handler", "refer");
    }

    @Update(headers = "X-Test=annotations")
    SipReply update() {
        return handledBy("update");
    }

    @Prack(headers = "X-Test=annotations")
    SipReply prack() {
        return handledBy("prack");
    }

    @Bye(headers = "X-Test=annotations")
    SipReply bye() {
        return handledBy("bye");
    }

    @SipRequestMapping(method = "NUDGE", headers = "X-Test=annotations")
    SipReply extensionMethod() {
        return handledBy("nudge");
    }

    @Ack
    void ack(IncomingRequest ack) {
        ackedCalls.add(ack.callId());
    }

    private static SipReply handledBy(String handler) {
        return SipReply.ok().header("X-Handler", handler);
    }
}
