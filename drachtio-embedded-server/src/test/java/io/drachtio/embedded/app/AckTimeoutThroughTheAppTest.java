package io.drachtio.embedded.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.IncomingRequest;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sipp.Sipp;
import org.junit.jupiter.api.Test;

/**
 * A caller that never ACKs the app's 200: after 64×T1 (T1 shortened to 25 ms, so 1.6 s) the embedded
 * server sends a BYE with {@code Reason: SIP;cause=200;text="ACK timeout"} and reports it to the app as
 * unsolicited, as drachtio-server does.
 */
class AckTimeoutThroughTheAppTest {

    @Test
    void aMissingAckEndsTheCallWithAnUnsolicitedBye() throws Exception {
        Sipp.assumeInstalled();
        try (EmbeddedApp app = new EmbeddedApp(EmbeddedApp.workDir("ack-timeout"), new TimerSettings(25, 4_000, 5_000))) {
            app.on("INVITE", request -> app.answerWithSdp(request, 200));

            Sipp sipp = app.caller("uac-invite-no-ack.xml", true);
            IncomingRequest invite = app.awaitRequest("INVITE");
            IncomingRequest bye = app.awaitUnsolicited();
            sipp.assertPassed();

            assertThat(bye.method()).isEqualTo("BYE");
            assertThat(bye.isUnsolicited()).isTrue();
            assertThat(bye.meta().dialogId()).isEqualTo(invite.callId() + ";from-tag=" + invite.message().from().tag());
            assertThat(bye.message().header("Reason")).isEqualTo("SIP;cause=200;text=\"ACK timeout\"");
        }
    }
}
