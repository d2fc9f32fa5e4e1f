package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.SipEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** New requests from the network: routing, 503 and the delivered frame (§6.2.1, §7.1, §8.1). */
class NetworkDeliveryTest extends TestServerFixture {

    private static final String OPTIONS = "OPTIONS sip:service@127.0.0.1:5060 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.7:5161;branch=z9hG4bK-opt-1\r\n"
            + "From: <sip:sipp@192.0.2.7:5161>;tag=caller1\r\n"
            + "To: <sip:service@127.0.0.1:5060>\r\n"
            + "Call-ID: opt-1@192.0.2.7\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Max-Forwards: 70\r\n"
            + "Content-Length: 0\r\n\r\n";

    @Test
    void aNewRequestIsDeliveredWithReceivedOnAndTheStacksRport() {
        try (TestApp app = TestApp.connect(server, "options")) {
            NetworkTransaction options = server.sendRequest(OPTIONS);
            SipEvent event = app.nextSipEvent();

            assertThat(event.fields()).hasSize(13);
            assertThat(event.meta().protocol()).isEqualTo("udp");
            assertThat(event.meta().address()).isEqualTo("192.0.2.7");
            assertThat(event.meta().port()).isEqualTo(5161);
            assertThat(event.meta().bytes()).isEqualTo(OPTIONS.getBytes(StandardCharsets.UTF_8).length);
            assertThat(event.transactionId()).isEqualTo(options.transactionId());
            assertThat(event.dialogId()).isNull();
            assertThat(event.receivedOnAddress()).isEqualTo("127.0.0.1");
            assertThat(event.receivedOnPort()).isEqualTo(5060);
            assertThat(TestApp.text(event)).isEqualTo(OPTIONS.replace("z9hG4bK-opt-1", "z9hG4bK-opt-1;rport=5161"));
            assertThat(options.handling()).isEqualTo(RequestHandling.DELIVERED);
            assertThat(options.deliveredTo()).map(AppConnection::number).contains(1);
        }
    }

    @Test
    void aValuelessRportGetsTheSourcePort() {
        try (TestApp app = TestApp.connect(server, "options")) {
            server.sendRequest(OPTIONS.replace("z9hG4bK-opt-1", "z9hG4bK-opt-1;rport"));
            assertThat(TestApp.text(app.nextSipEvent()))
                    .contains("Via: SIP/2.0/UDP 192.0.2.7:5161;branch=z9hG4bK-opt-1;rport=5161\r\n");
        }
    }

    @Test
    void aRequestOverTcpIsReportedWithProtocolTcp() {
        try (TestApp app = TestApp.connect(server, "options")) {
            server.sendRequest(OPTIONS.replace("SIP/2.0/UDP", "SIP/2.0/TCP"));
            assertThat(app.nextSipEvent().meta().protocol()).isEqualTo("tcp");
        }
    }

    @Test
    void newRequestsAreSharedRoundRobinAmongRoutedConnections() {
        try (TestApp first = TestApp.connect(server, "invite");
                TestApp second = TestApp.connect(server, "invite")) {
            NetworkTransaction one = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
            NetworkTransaction two = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
            NetworkTransaction three = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();

            assertThat(first.nextSipEvent().transactionId()).isEqualTo(one.transactionId());
            assertThat(second.nextSipEvent().transactionId()).isEqualTo(two.transactionId());
            assertThat(first.nextSipEvent().transactionId()).isEqualTo(three.transactionId());
        }
    }

    @Test
    void withoutARouteTheServerAnswers503Itself() {
        try (TestApp app = TestApp.connect(server, "INVITE")) {
            NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();

            assertThat(invite.handling()).isEqualTo(RequestHandling.ANSWERED_BY_SERVER);
            assertThat(invite.deliveredTo()).isEmpty();
            assertThat(invite.awaitFinalResponse().status()).isEqualTo(503);
            app.assertNothingPending();
        }
    }

    @Test
    void aClosedConnectionGetsNoMoreRequests() {
        TestApp gone = TestApp.connect(server, "invite");
        try (TestApp app = TestApp.connect(server, "invite")) {
            gone.close();
            server.connections().get(0).awaitClosed();
            for (int i = 0; i < 2; i++) {
                NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().send();
                assertThat(app.nextSipEvent().transactionId()).isEqualTo(invite.transactionId());
            }
        }
    }

    @Test
    void byeOutsideADialogIsAnswered481AndReferIsDropped() {
        try (TestApp app = TestApp.connect(server, "invite", "refer")) {
            NetworkTransaction bye = server.request("BYE", "sip:1000@127.0.0.1").send();
            assertThat(bye.awaitFinalResponse().status()).isEqualTo(481);
            NetworkTransaction refer = server.request("REFER", "sip:1000@127.0.0.1").send();
            assertThat(refer.handling()).isEqualTo(RequestHandling.DROPPED);
            app.assertNothingPending();
        }
    }

    @Test
    void anInDialogRequestForAnUnknownDialogIsAnswered481() {
        try (TestApp app = TestApp.connect(server, "info")) {
            NetworkTransaction info = server.request("INFO", "sip:1000@127.0.0.1").to("<sip:1000@127.0.0.1>;tag=nope")
                    .send();
            assertThat(info.awaitFinalResponse().status()).isEqualTo(481);
            app.assertNothingPending();
        }
    }

    @Test
    void aRequestCanBeDeliveredToAChosenConnectionWhateverItsRoutes() {
        try (TestApp app = TestApp.connect(server)) {
            app.command("authenticate|cymru|");
            AppConnection connection = server.connections().get(0);
            NetworkTransaction invite = server.request("INVITE", "sip:1000@127.0.0.1").sdp().sendTo(connection);
            assertThat(app.nextSipEvent().transactionId()).isEqualTo(invite.transactionId());
        }
    }

    @Test
    void aRequestThatIsNotSipIsRefusedToTheTest() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.sendRequest("hello"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a SIP request");
    }
}
