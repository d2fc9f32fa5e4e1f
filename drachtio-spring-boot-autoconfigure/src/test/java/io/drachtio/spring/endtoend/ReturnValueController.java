package io.drachtio.spring.endtoend;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ResponseChannel;
import io.drachtio.client.SentResponse;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.endtoend.EndToEndApplication.Busy;
import io.drachtio.spring.reply.SipReply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Mono;

/** One handler per supported return type, addressed by Request-URI user (INFO unless noted). */
@SipController
class ReturnValueController {

    /** Where {@code proxied} proxies to (the test scripts its answer). */
    static final String PROXY_TARGET = "sip:127.0.0.1:5171";

    @Info(requestUri = "sip:int@.*")
    int primitive() {
        return 202;
    }

    @Info(requestUri = "sip:integer@.*")
    Integer boxed() {
        return 480;
    }

    @Info(requestUri = "sip:reply@.*")
    SipReply reply() {
        return SipReply.status(200, "Fine").header("X-Reply", "yes").body("text/plain", "reply body");
    }

    @Info(requestUri = "sip:response@.*")
    SipResponse response(SipRequest request) {
        SipResponse response = SipResponse.forRequest(request, 486, "Busy Everywhere");
        response.headers().add("X-Built", "by hand");
        return response;
    }

    @Info(requestUri = "sip:sent@.*")
    SentResponse sent(ResponseChannel channel) {
        return channel.send(200, "Sent Myself").block(Duration.ofSeconds(5));
    }

    @Invite(requestUri = "sip:proxied@.*")
    ProxyResult proxied(IncomingRequest request) {
        return request.proxy(ProxyOptions.to(PROXY_TARGET)).block(Duration.ofSeconds(5));
    }

    @Info(requestUri = "sip:mono@.*")
    Mono<SipReply> mono() {
        return Mono.just(SipReply.status(202, "Later").header("X-Thread", Thread.currentThread().getName()))
                .delayElement(Duration.ofMillis(5));
    }

    @Info(requestUri = "sip:monostatus@.*")
    Mono<Integer> monoStatus() {
        return Mono.just(486);
    }

    @Info(requestUri = "sip:empty@.*")
    Mono<SipReply> empty() {
        return Mono.empty();
    }

    @Invite(requestUri = "sip:empty@.*")
    Mono<SipReply> emptyInvite() {
        return Mono.empty();
    }

    @Info(requestUri = "sip:stage@.*")
    CompletionStage<SipReply> stage() {
        return CompletableFuture.supplyAsync(() -> SipReply.status(202, "Staged"));
    }

    @Info(requestUri = "sip:future@.*")
    CompletableFuture<Integer> future() {
        return CompletableFuture.supplyAsync(() -> 486);
    }

    @Info(requestUri = "sip:later@.*")
    Mono<SentResponse> answeredLater(ResponseChannel channel) {
        return Mono.delay(Duration.ofMillis(20)).flatMap(tick -> channel.send(200, "Answered Later"));
    }

    @Info(requestUri = "sip:self@.*")
    void answeredBySelf(ResponseChannel channel) {
        channel.send(200, "Answered Myself");
    }

    @Info(requestUri = "sip:twice@.*")
    int answeredTwice(ResponseChannel channel) {
        channel.send(200, "First Answer");
        return 486;
    }

    @Info(requestUri = "sip:void@.*")
    void nothing() {
    }

    @Invite(requestUri = "sip:void@.*")
    void inviteWithoutAnswer() {
    }

    @Info(requestUri = "sip:busy@.*")
    Busy busy() {
        return new Busy(30);
    }
}
