package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkDialog;
import io.drachtio.testserver.NetworkTransaction;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every request annotation, over a real socket: new requests routed by drachtio and requests inside a
 * dialog reach the handler of their method, and only methods with handlers are routed.
 */
@EndToEndTest
class HandlerAnnotationsTest {

    private static final List<SipHeader> MARKED = List.of(new SipHeader(AnnotationController.MARK, "annotations"));

    @Autowired
    DrachtioTestServer server;

    @Autowired
    AnnotationController controller;

    @Test
    void routesExactlyTheNewRequestMethodsThatHaveHandlers() {
        AppConnection connection = server.awaitRoute("invite");
        assertThat(connection.routes()).containsExactlyInAnyOrder("info", "invite", "message", "notify", "options",
                "publish", "register", "subscribe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGISTER", "OPTIONS", "MESSAGE", "INFO", "SUBSCRIBE", "NOTIFY", "PUBLISH"})
    void newRequestsReachTheHandlerOfTheirMethod(String method) {
        SipResponse response = Network.answer(server, method, AnnotationController.USER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Handler")).isEqualTo(method.toLowerCase(Locale.ROOT));
    }

    @Test
    void inviteAckAndTheRequestsInsideTheDialog() throws InterruptedException {
        NetworkTransaction invite = Network.request(server, "INVITE", AnnotationController.USER).sdp().send();
        SipResponse answer = invite.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-Handler")).isEqualTo("invite");
        assertThat(answer.bodyAsString()).startsWith("v=0");

        invite.sendAck();
        assertThat(controller.awaitAck(answer.callId())).isTrue();

        NetworkDialog dialog = invite.dialog();
        assertThat(inDialog(dialog, "UPDATE")).isEqualTo("200 update");
        assertThat(inDialog(dialog, "REFER")).isEqualTo("202 refer");
        assertThat(inDialog(dialog, "NUDGE")).as("an extension method via @SipRequestMapping").isEqualTo("200 nudge");
        assertThat(inDialog(dialog, "BYE")).isEqualTo("200 bye");
    }

    @Test
    void prackOfAReliableProvisionalReachesThePrackHandler() {
        NetworkTransaction invite = Network.request(server, "INVITE", "reliable").sdp().supports100rel().send();
        SipResponse reliable = invite.awaitResponse(183);
        assertThat(reliable.rseq()).isNotNull();

        String rack = reliable.rseq() + " " + reliable.cseq().number() + " " + reliable.cseq().method();
        NetworkTransaction prack = invite.dialog().sendRequest("PRACK",
                List.of(new SipHeader("RAck", rack), MARKED.get(0)), null, null);
        SipResponse prackAnswer = prack.awaitFinalResponse();
        assertThat(prackAnswer.status()).isEqualTo(200);
        assertThat(prackAnswer.header("X-Handler")).isEqualTo("prack");

        SipResponse answer = invite.awaitFinalResponse();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-Handler")).as("the INVITE handler waited for the PRACK")
                .isEqualTo("invite-after-prack");
        invite.sendAck();
        invite.sendBye().awaitFinalResponse();
    }

    private static String inDialog(NetworkDialog dialog, String method) {
        SipResponse response = dialog.sendRequest(method, MARKED, null, null).awaitFinalResponse();
        return response.status() + " " + response.header("X-Handler");
    }
}
