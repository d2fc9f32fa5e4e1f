package io.drachtio.spring.it;

import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.RequestMeta;
import io.drachtio.client.ResponseChannel;
import io.drachtio.client.SentResponse;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Bye;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Message;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.RequestUri;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipControllerAdvice;
import io.drachtio.spring.annotation.SipExceptionHandler;
import io.drachtio.spring.annotation.SipHeader;
import io.drachtio.spring.error.SipException;
import io.drachtio.spring.filter.SipFilter;
import io.drachtio.spring.reply.SipReply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

/** The application of the end-to-end dispatch tests: one handler per case, selected by Request-URI user. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({DispatchApp.Calls.class, DispatchApp.Advice.class})
class DispatchApp {

    static final List<Integer> ORDER = new CopyOnWriteArrayList<>();

    static class LocalProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class AdvisedProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Bean
    @Order(0)
    SipFilter blocker() {
        return (request, chain) -> request.message().hasHeader("X-Blocked")
                ? request.response().send(403, "Blocked By Filter").then()
                : chain.filter(request);
    }

    @SipController
    static class Calls {

        @Options(requestUri = "sip:status@.*")
        int status() {
            return 202;
        }

        @Message(requestUri = "sip:bind@.*")
        SipReply bind(@SipHeader("f") NameAddress from, @SipHeader("Via") List<Via> vias, @SipHeader("CSeq") CSeq cseq,
                @SipHeader("Max-Forwards") Integer maxForwards, @SipHeader("X-None") Optional<String> none,
                @SipHeader("Contact") List<NameAddress> contacts, @RequestUri SipUri uri, @Body String body,
                @Body byte[] raw, @CallId String callId, RequestMeta meta, SipRequest sip, DrachtioConnection connection,
                DrachtioClient client, ResponseChannel channel) {
            return SipReply.ok()
                    .header("X-From", from.displayName() + "/" + ((SipUri) from.uri()).user() + "/" + from.tag())
                    .header("X-Vias", vias.size() + "/" + vias.get(0).host())
                    .header("X-CSeq", cseq.number() + " " + cseq.method())
                    .header("X-Max-Forwards", String.valueOf(maxForwards + 1))
                    .header("X-None", String.valueOf(none.isPresent()))
                    .header("X-Contact", ((SipUri) contacts.get(0).uri()).host())
                    .header("X-User", uri.user())
                    .header("X-Body", body + "/" + raw.length)
                    .header("X-Call-ID", callId)
                    .header("X-Source", meta.sourceAddress() + ":" + meta.sourcePort())
                    .header("X-Method", sip.method())
                    .header("X-Connection", String.valueOf(connection.name().equals(meta.connection())))
                    .header("X-Client", String.valueOf(client.connection(connection.name()) != null))
                    .header("X-Channel", String.valueOf(channel.isAnswerable()))
                    .header("X-Thread", Thread.currentThread().getName());
        }

        @Message(requestUri = "sip:needs@.*")
        int needs(@SipHeader("X-Required") String required) {
            return 200;
        }

        @Message(requestUri = "sip:order@.*")
        int order(@SipHeader("X-Seq") Integer seq) throws InterruptedException {
            if (seq % 3 == 0) {
                Thread.sleep(2);
            }
            ORDER.add(seq);
            return 200;
        }

        @Info(requestUri = "sip:mono@.*")
        Mono<SipReply> mono() {
            return Mono.just(SipReply.status(202, "Later").header("X-Thread", Thread.currentThread().getName()))
                    .delayElement(Duration.ofMillis(5));
        }

        @Info(requestUri = "sip:future@.*")
        CompletableFuture<Integer> future() {
            return CompletableFuture.supplyAsync(() -> 486);
        }

        @Info(requestUri = "sip:self@.*")
        Mono<SentResponse> self(ResponseChannel channel) {
            return channel.send(200, "Answered Myself");
        }

        @Info(requestUri = "sip:void@.*")
        void nothing() {
        }

        @Invite(requestUri = "sip:void@.*")
        void inviteWithoutAnswer() {
        }

        @Info(requestUri = "sip:sipex@.*")
        void sipException() {
            throw new SipException(486, "Busy Here");
        }

        @Info(requestUri = "sip:boom@.*")
        void boom() {
            throw new IllegalStateException("internal detail that must not leak");
        }

        @Info(requestUri = "sip:local@.*")
        void local() {
            throw new LocalProblem();
        }

        @Info(requestUri = "sip:advised@.*")
        void advised() {
            throw new AdvisedProblem();
        }

        @Info(requestUri = "sip:monoerror@.*")
        Mono<Integer> monoError() {
            return Mono.error(new AdvisedProblem());
        }

        @Info(requestUri = "sip:specific@.*", headers = {"X-Tenant=blue", "X-Level~=gold|silver"})
        int mostSpecific() {
            return 201;
        }

        @Info(requestUri = "sip:specific@.*", headers = "X-Tenant")
        int lessSpecific() {
            return 202;
        }

        @Bye
        void bye() {
        }

        @SipExceptionHandler
        SipReply local(LocalProblem problem, SipRequest request) {
            return SipReply.status(480, "Handled In Controller").header("X-Method", request.method());
        }
    }

    @SipControllerAdvice
    static class Advice {

        @SipExceptionHandler(AdvisedProblem.class)
        int advised() {
            return 488;
        }

        @SipExceptionHandler
        int local(LocalProblem problem) {
            return 599;
        }
    }
}
