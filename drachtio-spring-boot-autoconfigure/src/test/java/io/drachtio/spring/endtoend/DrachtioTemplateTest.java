package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import io.drachtio.spring.template.DrachtioTemplate;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkRequest;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ResponseSpec;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import reactor.core.publisher.Mono;

/**
 * {@link DrachtioTemplate} over a real socket: requests as UAC (with ACK, CANCEL and PRACK), requests
 * inside dialogs of either side, proxying, and sending through a server named in the configuration.
 */
@SpringBootTest(classes = DrachtioTemplateTest.TemplateApplication.class, properties = {
        "drachtio.lifecycle.await-connection=true", "drachtio.name=primary"})
@ContextConfiguration(initializers = TestServerInitializer.class)
class DrachtioTemplateTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String FAR_END = "sip:bob@127.0.0.1:5090";
    private static final String PROXY_TARGET = "sip:127.0.0.1:5172";

    /** An application whose handlers answer INVITEs and proxy them through the template. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Calls.class)
    static class TemplateApplication {
    }

    /** Answers INVITEs to {@code sip:answer@…} (keeping the request), proxies those to {@code sip:proxy@…}. */
    @SipController
    static class Calls {

        private final Map<String, IncomingRequest> answered = new ConcurrentHashMap<>();
        private final DrachtioTemplate template;

        Calls(DrachtioTemplate template) {
            this.template = template;
        }

        @Invite(requestUri = "sip:answer@.*")
        SipReply answer(IncomingRequest request, @Body String offer) {
            answered.put(request.callId(), request);
            return SipReply.ok().body("application/sdp", offer);
        }

        @Invite(requestUri = "sip:proxy@.*")
        Mono<ProxyResult> proxy(IncomingRequest request) {
            return template.proxy(request, ProxyOptions.to(PROXY_TARGET));
        }
    }

    @Autowired
    DrachtioTestServer server;

    @Autowired
    DrachtioTemplate template;

    @Autowired
    Calls calls;

    @Test
    void anOutOfDialogRequest() throws Exception {
        var pending = template.exchange(OutgoingRequest.builder("OPTIONS", FAR_END).header("X-Probe", "1").build())
                .toFuture();

        AppRequest options = server.awaitAppRequest("OPTIONS");
        assertThat(options.request().header("X-Probe")).isEqualTo("1");
        options.respond(ResponseSpec.status(200).header("Allow", "INVITE, ACK, BYE"));

        ReceivedResponse response = pending.get(5, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.message().header("Allow")).isEqualTo("INVITE, ACK, BYE");
    }

    @Test
    void aCallAsUacWithAckAndAByeInsideTheDialog() {
        ClientTransaction invite = template.request(OutgoingRequest.builder("INVITE", FAR_END)
                .body("application/sdp", NetworkRequest.DEFAULT_SDP).build());
        AppRequest farEnd = server.awaitAppRequest("INVITE");
        farEnd.respond(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));
        ReceivedResponse answer = invite.finalResponse().block(WAIT);
        assertThat(answer.status()).isEqualTo(200);

        template.ack(invite, null).block(WAIT);
        farEnd.awaitAck();

        ClientTransaction bye = template.request(OutgoingRequest.inDialog("BYE", answer.dialogId()).build());
        farEnd.dialog().awaitRequest("BYE").respond(200);
        assertThat(bye.finalResponse().block(WAIT).status()).isEqualTo(200);
    }

    @Test
    void aCancelledInvite() {
        ClientTransaction invite = template.request(OutgoingRequest.builder("INVITE", FAR_END)
                .body("application/sdp", NetworkRequest.DEFAULT_SDP).build());
        AppRequest farEnd = server.awaitAppRequest("INVITE");
        farEnd.respond(180);
        assertThat(invite.responses().blockFirst(WAIT).status()).isEqualTo(180);

        template.cancel(invite).block(WAIT);

        farEnd.awaitCancel();
        assertThat(invite.finalResponse().block(WAIT).status()).isEqualTo(487);
    }

    @Test
    void aPrackForAReliableProvisional() {
        ClientTransaction invite = template.request(OutgoingRequest.builder("INVITE", FAR_END)
                .header("Supported", "100rel").body("application/sdp", NetworkRequest.DEFAULT_SDP).build());
        AppRequest farEnd = server.awaitAppRequest("INVITE");
        farEnd.respondReliably(183);
        ReceivedResponse reliable = invite.responses().filter(ReceivedResponse::isReliableProvisional)
                .blockFirst(WAIT);

        ClientTransaction prack = template.prack(invite, reliable, null);
        AppRequest prackAtFarEnd = farEnd.dialog().awaitRequest("PRACK");
        assertThat(prackAtFarEnd.request().header("RAck")).startsWith(reliable.message().rseq() + " ");
        prackAtFarEnd.respond(200);
        assertThat(prack.finalResponse().block(WAIT).status()).isEqualTo(200);

        farEnd.respond(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));
        ReceivedResponse answer = invite.finalResponse().block(WAIT);
        template.ack(invite, null).block(WAIT);
        farEnd.awaitAck();
        template.request(OutgoingRequest.inDialog("BYE", answer.dialogId()).build());
        farEnd.dialog().awaitRequest("BYE").respond(200);
    }

    @Test
    void aByeInsideTheDialogOfAnAnsweredInvite() {
        NetworkTransaction call = Network.request(server, "INVITE", "answer").sdp().send();
        SipResponse answer = call.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);
        call.sendAck();
        IncomingRequest invite = calls.answered.get(answer.callId());

        ClientTransaction bye = template.requestInDialog(invite,
                OutgoingRequest.inDialog("BYE", call.dialog().dialogId()).build());

        call.dialog().awaitRequest("BYE").respond(200);
        assertThat(bye.finalResponse().block(WAIT).status()).isEqualTo(200);
    }

    @Test
    void proxying() {
        server.proxyTarget(PROXY_TARGET).answers(486);

        SipResponse response = Network.request(server, "INVITE", "proxy").sdp().send().awaitFinalResponse();

        assertThat(response.status()).isEqualTo(486);
        assertThat(server.awaitProxy().destinations()).containsExactly(PROXY_TARGET);
    }

    @Test
    void aNamedServer() throws Exception {
        DrachtioTemplate primary = template.server("primary");
        assertThat(primary.connection().name()).isEqualTo("primary");
        var pending = primary.exchange(OutgoingRequest.builder("MESSAGE", FAR_END).body("text/plain", "hi").build())
                .toFuture();
        server.awaitAppRequest("MESSAGE").respond(202);
        assertThat(pending.get(5, TimeUnit.SECONDS).status()).isEqualTo(202);

        assertThatIllegalStateException().isThrownBy(() -> template.server("elsewhere").connection())
                .withMessageContaining("elsewhere").withMessageContaining("primary");
    }
}
