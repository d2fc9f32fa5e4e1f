package io.drachtio.samples.uas100rel;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.NetworkTransaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.convention.TestBean;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The UAS's call flows. The application's call timer runs on virtual time, which only these tests move, so a
 * call waits for its answer delay (2 s here) exactly until a test lets it pass.
 */
@SpringBootTest(properties = "uas.answer-delay=2s")
@AutoConfigureDrachtioTestServer
@ExtendWith(OutputCaptureExtension.class)
class CallFlowTest {

    private static final Duration ANSWER_DELAY = Duration.ofSeconds(2);
    private static final VirtualTimeScheduler VIRTUAL_TIME = VirtualTimeScheduler.create();
    private static final String CALL = "sip:bob@127.0.0.1";

    @TestBean
    Scheduler callTimer;

    @Autowired
    SipTestClient sip;

    static Scheduler callTimer() {
        return VIRTUAL_TIME;
    }

    @Test
    void playsReliableEarlyMediaAndAnswersAfterThePrack() {
        NetworkTransaction call = sip.invite(CALL).supports100rel().send();

        SipResponse early = call.awaitResponse(183);
        assertThat(early).isReliable().hasReason("Session Progress")
                .hasContentType(SessionDescription.CONTENT_TYPE).hasBody(SessionDescription.ANSWER);
        assertThat(call.sendPrack(early).awaitFinalResponse()).hasStatus(200);
        assertThat(call.responses()).noneMatch(CallFlowTest::isFinal);                // the answer delay runs

        letTheAnswerDelayPass(call);

        assertThat(call.awaitFinalResponse()).hasStatus(200)
                .hasContentType(SessionDescription.CONTENT_TYPE).hasBody(SessionDescription.ANSWER);
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void playsReliableEarlyMediaWhenTheCallerRequires100rel() {
        NetworkTransaction call = sip.invite(CALL).header("Require", "100rel").send();

        SipResponse early = call.awaitResponse(183);
        assertThat(early).isReliable();
        assertThat(call.sendPrack(early).awaitFinalResponse()).hasStatus(200);
        letTheAnswerDelayPass(call);

        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void ringsAndAnswersACallerWithout100rel() {
        NetworkTransaction call = sip.invite(CALL).send();

        assertThat(call.awaitResponse(180)).isProvisional().hasNoBody();
        letTheAnswerDelayPass(call);

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasBody(SessionDescription.ANSWER);
        assertThat(call.responses()).extracting(SipResponse::status).doesNotContain(183);
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void waitsTheAnswerDelayBeforeAnswering() {
        long timersBefore = VIRTUAL_TIME.getScheduledTaskCount();
        NetworkTransaction call = sip.invite(CALL).send();
        assertThat(call.awaitResponse(180)).isProvisional();
        await().until(() -> VIRTUAL_TIME.getScheduledTaskCount() > timersBefore);       // the delay started

        VIRTUAL_TIME.advanceTimeBy(ANSWER_DELAY.minusMillis(1));
        assertThat(call.responses()).noneMatch(CallFlowTest::isFinal);
        VIRTUAL_TIME.advanceTimeBy(Duration.ofMillis(1));

        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void cancelledCallEndsWith487AndIsNeverAnswered(CapturedOutput output) {
        NetworkTransaction call = sip.invite(CALL).send();
        assertThat(call.awaitResponse(180)).isProvisional();

        assertThat(call.sendCancel().awaitFinalResponse()).hasStatus(200);

        assertThat(call.awaitFinalResponse()).hasStatus(487);
        call.sendAck();
        String callId = call.request().callId();
        await().untilAsserted(() -> assertThat(output.getOut()).contains("Call " + callId + " cancelled"));
        VIRTUAL_TIME.advanceTimeBy(ANSWER_DELAY);                                        // the 200 would be due now
        assertThat(call.responses()).extracting(SipResponse::status).containsExactly(180, 487);
        assertThat(output.getOut()).doesNotContain("was not sent");                       // no 200 refused either
    }

    @Test
    void cancelledEarlyMediaEndsWith487() {
        NetworkTransaction call = sip.invite(CALL).supports100rel().send();
        assertThat(call.awaitResponse(183)).isReliable();

        assertThat(call.sendCancel().awaitFinalResponse()).hasStatus(200);

        assertThat(call.awaitFinalResponse()).hasStatus(487);
        call.sendAck();
    }

    @Test
    void rejectsTheCallWhenThePrackNeverComes() {
        long timersBefore = VIRTUAL_TIME.getScheduledTaskCount();
        NetworkTransaction call = sip.invite(CALL).supports100rel().send();
        assertThat(call.awaitResponse(183)).isReliable();
        await().until(() -> VIRTUAL_TIME.getScheduledTaskCount() > timersBefore);       // the PRACK wait started

        VIRTUAL_TIME.advanceTimeBy(CallController.PRACK_TIMEOUT);

        assertThat(call.awaitFinalResponse()).hasStatus(500).hasReason("No PRACK Received");
        call.sendAck();
    }

    @Test
    void answersAByeWith200(CapturedOutput output) {
        NetworkTransaction call = sip.invite(CALL).send();
        letTheAnswerDelayPass(call);
        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();

        assertThat(call.dialog().sendBye().awaitFinalResponse()).hasStatus(200);

        String callId = call.request().callId();
        await().untilAsserted(() -> assertThat(output.getOut()).contains("Call " + callId + " ended"));
    }

    /**
     * Moves virtual time on by the answer delay until the call is answered: once the application started its
     * delay, the first step ends it (the application may start it a moment after the test saw the 180 or the
     * PRACK's 200).
     */
    private static void letTheAnswerDelayPass(NetworkTransaction call) {
        await().untilAsserted(() -> {
            VIRTUAL_TIME.advanceTimeBy(ANSWER_DELAY);
            assertThat(call.responses()).anyMatch(CallFlowTest::isFinal);
        });
    }

    private static boolean isFinal(SipResponse response) {
        return response.status() >= 200;
    }
}
