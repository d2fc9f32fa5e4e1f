package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkDialog;
import io.drachtio.testserver.NetworkTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the dispatcher answers when no handler matches, over a real socket: 404, but 200 to PRACK and
 * BYE, and nothing to ACK.
 */
@EndToEndTest
class DefaultAnswersEndToEndTest {

    @Autowired
    DrachtioTestServer server;

    @Autowired
    AnnotationController controller;

    @Test
    void noMatchingHandlerAnswers404() {
        SipResponse response = Network.answer(server, "INFO", "nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.reason()).isEqualTo("Not Found");
    }

    @Test
    void inADialogUnmatchedRequestsAnswer404ButPrackAndBye200() throws InterruptedException {
        NetworkTransaction invite = Network.request(server, "INVITE", "reliable").sdp().supports100rel().send();
        SipResponse reliable = invite.awaitResponse(183);

        NetworkTransaction prack = invite.sendPrack(reliable);
        assertThat(prack.awaitFinalResponse().status()).as("PRACK without a matching handler").isEqualTo(200);
        assertThat(invite.awaitFinalResponse().status()).isEqualTo(200);
        invite.sendAck();
        assertThat(controller.awaitAck(reliable.callId())).isTrue();

        NetworkDialog dialog = invite.dialog();
        assertThat(dialog.sendRequest("UPDATE").awaitFinalResponse().status()).as("UPDATE without the mark")
                .isEqualTo(404);
        assertThat(dialog.sendBye().awaitFinalResponse().status()).as("BYE without a matching handler")
                .isEqualTo(200);
    }

    @Test
    void methodsAreMatchedExactly() {
        NetworkTransaction invite = Network.request(server, "INVITE", AnnotationController.USER).sdp().send();
        assertThat(invite.awaitFinalResponse().status()).isEqualTo(200);
        invite.sendAck();
        NetworkDialog dialog = invite.dialog();
        List<SipHeader> marked = List.of(new SipHeader(AnnotationController.MARK, "annotations"));

        assertThat(dialog.sendRequest("NUDGE", marked, null, null).awaitFinalResponse().status()).isEqualTo(200);
        assertThat(dialog.sendRequest("NUDGEX", marked, null, null).awaitFinalResponse().status())
                .as("not by prefix").isEqualTo(404);
        assertThat(dialog.sendRequest("Nudge", marked, null, null).awaitFinalResponse().status())
                .as("case-sensitive").isEqualTo(404);
        assertThat(dialog.sendRequest("BYE", marked, null, null).awaitFinalResponse().status()).isEqualTo(200);
    }
}
