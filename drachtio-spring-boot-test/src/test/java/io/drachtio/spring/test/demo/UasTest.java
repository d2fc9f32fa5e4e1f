package io.drachtio.spring.test.demo;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.CdrRecord;
import io.drachtio.client.IncomingRequest;
import io.drachtio.sip.SipResponse;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.NetworkDialog;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.RequestHandling;
import io.drachtio.wire.CdrKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo application as a UAS, driven by callers on the simulated network. */
@SpringBootTest
@AutoConfigureDrachtioTestServer
class UasTest {

    @Autowired
    SipTestClient sip;

    @Autowired
    CallController controller;

    @Autowired
    CallEvents events;

    @Test
    void answersTakesTheAckAndHangsUp() {
        NetworkTransaction call = sip.invite("sip:answer@127.0.0.1").send();

        assertThat(call.handling()).isEqualTo(RequestHandling.DELIVERED);
        assertThat(call.awaitFinalResponse()).hasStatus(200).hasReason("OK").hasHeader("X-Handled-By", "answer")
                .hasContentType("application/sdp").hasBody(DemoSipApplication.ANSWER_SDP);
        call.sendAck();
        NetworkDialog dialog = call.dialog();
        assertThat(dialog.isActive()).isTrue();
        assertThat(dialog.sendBye().awaitFinalResponse()).hasStatus(200);
        assertThat(dialog.isActive()).isFalse();
    }

    @Test
    void answersARequestGivenAsRawText() throws IOException {
        String invite = Files.readString(Path.of(System.getProperty("drachtio.shared.dir", "../shared"),
                "data", "messages", "invite_sdp.sip"));

        NetworkTransaction call = sip.send(invite);

        assertThat(call.awaitFinalResponse()).hasStatus(200).hasCallId("YjBhMDliMWMxNzQ4ZTc5Nzg1ZTcyYTExMWMzZDlhNmQ");
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void filterAndAdviceAnswerForTheHandlers() {
        SipResponse blocked = sip.invite("sip:answer@127.0.0.1").from("<sip:spammer@10.9.9.9>").send()
                .awaitFinalResponse();
        SipResponse busy = sip.invite("sip:busy@127.0.0.1").send().awaitFinalResponse();

        assertThat(blocked).hasStatus(403).hasReason("Blocked");
        assertThat(busy).hasStatus(486).hasReason("Busy Here").hasHeader("Retry-After", "30");
    }

    @Test
    void sendsEarlyMediaReliablyAndAnswersAfterThePrack() {
        NetworkTransaction call = sip.invite("sip:early@127.0.0.1").supports100rel().send();

        SipResponse early = call.awaitResponse(183);
        assertThat(early).isReliable().hasContentType("application/sdp");
        assertThat(call.sendPrack(early).awaitFinalResponse()).hasStatus(200);
        assertThat(call.awaitFinalResponse()).hasStatus(200).isSuccessful();
        call.sendAck();
        call.sendBye().awaitFinalResponse();
    }

    @Test
    void cancelledCallEndsWith487() throws InterruptedException {
        NetworkTransaction call = sip.invite("sip:ring@127.0.0.1").send();
        assertThat(call.awaitResponse(180)).isProvisional();

        assertThat(call.sendCancel().awaitFinalResponse()).hasStatus(200);

        assertThat(call.awaitFinalResponse()).hasStatus(487);
        call.sendAck();
        String callId = call.request().callId();
        assertThat(controller.cancelledCalls().poll(5, TimeUnit.SECONDS)).isEqualTo(callId);
    }

    @Test
    void serverHangsUpWhenTheAckNeverComesOnTheVirtualClock() {
        NetworkTransaction call = sip.invite("sip:answer@127.0.0.1").send();
        assertThat(call.awaitFinalResponse()).hasStatus(200);
        NetworkDialog dialog = call.dialog();

        sip.advanceClock(Duration.ofSeconds(31));
        assertThat(sip.server().networkRequests()).isEmpty();
        sip.advanceClock(Duration.ofSeconds(1));

        AppRequest byeToCaller = dialog.awaitRequest("BYE");
        assertThat(byeToCaller).hasHeader("Reason", "SIP;cause=200;text=\"ACK timeout\"");
        IncomingRequest byeToApp = sip.awaitUnsolicitedRequest("BYE");
        assertThat(byeToApp.isUnsolicited()).isTrue();
        assertThat(byeToApp.message()).hasCallId(call.request().callId()).hasHeaderContaining("Reason", "ACK timeout");
    }

    @Test
    void reportsCallDetailRecordsToTheApplication() throws InterruptedException {
        NetworkTransaction call = sip.invite("sip:answer@127.0.0.1").send();
        call.awaitFinalResponse();
        call.sendAck();
        call.sendBye().awaitFinalResponse();

        CdrRecord stop = sip.awaitCdr(CdrKind.STOP, call.request().callId());

        assertThat(stop.detail()).isEqualTo("normal-release");
        assertThat(stop.source()).isEqualTo("network");
        assertThat(sip.cdrs()).extracting(CdrRecord::kind).containsOnly(CdrKind.STOP);
        assertThat(events.awaitLogged("call ended: normal-release", 1)).isTrue();
    }
}
