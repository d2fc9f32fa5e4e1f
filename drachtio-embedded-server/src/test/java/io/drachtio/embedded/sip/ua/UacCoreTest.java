package io.drachtio.embedded.sip.ua;

import static io.drachtio.embedded.sip.support.CoreFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.support.CoreFixture;
import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingClientListener;
import io.drachtio.embedded.sip.support.RecordingSender;
import io.drachtio.embedded.sip.transaction.ClientTransaction;
import io.drachtio.sip.SipRequest;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class UacCoreTest {

    private final CoreFixture fixture = new CoreFixture();
    private final RecordingClientListener listener = new RecordingClientListener();

    private ClientTransaction send(String... lines) {
        return done(fixture.core.sendRequest(Messages.request(lines), null, listener));
    }

    private ClientTransaction invite() {
        return send("INVITE sip:bob@127.0.0.1:5061 SIP/2.0", "X-Test: yes", "Content-Length: 0");
    }

    @Test
    void completesARequestWithDrachtioDefaults() {
        SipRequest sent = send("OPTIONS sip:bob@127.0.0.1:5061 SIP/2.0", "X-Test: yes", "Content-Length: 0").request();

        assertThat(sent.header("Via")).matches("SIP/2\\.0/UDP 127\\.0\\.0\\.1:5060;rport;branch=z9hG4bK[0-9A-Za-z]{13}");
        assertThat(sent.header("From")).matches("<sip:127\\.0\\.0\\.1:5060>;tag=[0-9A-Za-z]{13}");
        assertThat(sent.header("To")).isEqualTo("<sip:bob@127.0.0.1:5061>");
        assertThat(sent.header("CSeq")).matches("\\d{9} OPTIONS");
        assertThat(sent.header("Max-Forwards")).isEqualTo("70");
        assertThat(sent.callId()).hasSize(36);
        assertThat(sent.header("X-Test")).isEqualTo("yes");
        assertThat(sent.hasHeader("Contact")).isFalse();
        assertThat(fixture.sender.all().get(0).destination()).hasToString("udp/127.0.0.1:5061");
        assertThat(invite().request().header("Contact")).isEqualTo("<sip:127.0.0.1:5060>");
    }

    @Test
    void aRouteUriOverridesTheNextHopAndTcpIsTakenFromIt() {
        done(fixture.core.sendRequest(Messages.request("OPTIONS sip:bob@example.invalid SIP/2.0", "Content-Length: 0"),
                "sip:127.0.0.1:5070;transport=tcp", listener));

        RecordingSender.Sent sent = fixture.sender.all().get(0);
        assertThat(sent.destination()).hasToString("tcp/127.0.0.1:5070");
        assertThat(((SipRequest) sent.message()).header("Via")).startsWith("SIP/2.0/TCP 127.0.0.1:5060;branch=");
    }

    @Test
    void a2xxCreatesTheDialogAndInDialogRequestsUseItsRouteSetTargetAndCSeq() {
        ClientTransaction invite = invite();
        SipRequest sent = invite.request();
        fixture.receive(Messages.responseTo(sent, 200, "bob-tag",
                "Record-Route: <sip:127.0.0.1:5081;lr>, <sip:127.0.0.1:5082;lr>",
                "Contact: <sip:bob@127.0.0.1:5062>"));
        String dialogId = sent.callId() + ";from-tag=" + sent.from().tag();
        Dialog dialog = fixture.core.dialog(dialogId);
        assertThat(dialog.state()).isEqualTo(DialogState.CONFIRMED);
        assertThat(listener.statuses).containsExactly(200);

        SipRequest ack = done(fixture.core.sendAck(dialogId,
                Messages.request("ACK sip:placeholder SIP/2.0", "Content-Length: 0")));
        assertThat(ack.requestUri()).isEqualTo("sip:bob@127.0.0.1:5062");
        assertThat(ack.headerValues("Route")).containsExactly("<sip:127.0.0.1:5082;lr>", "<sip:127.0.0.1:5081;lr>");
        assertThat(ack.cseq().number()).isEqualTo(sent.cseq().number());
        assertThat(ack.to().tag()).isEqualTo("bob-tag");
        assertThat(fixture.sender.all().get(fixture.sender.all().size() - 1).destination())
                .hasToString("udp/127.0.0.1:5082");

        fixture.receive(Messages.responseTo(sent, 200, "bob-tag"));
        assertThat(fixture.sender.requests("ACK")).as("2xx retransmission re-ACKed").hasSize(2);
        assertThat(listener.statuses).as("and not reported again").containsExactly(200);

        RecordingClientListener byeListener = new RecordingClientListener();
        SipRequest bye = done(fixture.core.sendInDialog(dialogId,
                Messages.request("BYE sip:placeholder SIP/2.0", "Content-Length: 0"), byeListener)).request();
        assertThat(bye.cseq().number()).isEqualTo(sent.cseq().number() + 1);
        assertThat(bye.from().tag()).isEqualTo(sent.from().tag());
        fixture.receive(Messages.responseTo(bye, 200, null));

        assertThat(byeListener.statuses).containsExactly(200);
        assertThat(fixture.tu.count("dialog-terminated", "BYE_SENT")).isEqualTo(1);
        assertThat(fixture.core.dialog(dialogId)).isNull();
    }

    @Test
    void aReInviteIsReportedRefreshesTheTargetAndItsAckUsesItsCSeq() {
        SipRequest sent = invite().request();
        fixture.receive(Messages.responseTo(sent, 200, "bob-tag", "Contact: <sip:bob@127.0.0.1:5062>"));
        String dialogId = sent.callId() + ";from-tag=" + sent.from().tag();
        done(fixture.core.sendAck(dialogId, Messages.request("ACK sip:x SIP/2.0", "Content-Length: 0")));

        RecordingClientListener reInviteListener = new RecordingClientListener();
        SipRequest reInvite = done(fixture.core.sendInDialog(dialogId,
                Messages.request("INVITE sip:x SIP/2.0", "Content-Length: 0"), reInviteListener)).request();
        fixture.receive(Messages.responseTo(reInvite, 200, null, "Contact: <sip:bob@127.0.0.1:5063>"));
        SipRequest ack = done(fixture.core.sendAck(dialogId, Messages.request("ACK sip:x SIP/2.0", "Content-Length: 0")));

        assertThat(reInviteListener.statuses).containsExactly(200);
        assertThat(ack.cseq().number()).isEqualTo(reInvite.cseq().number()).isEqualTo(sent.cseq().number() + 1);
        assertThat(ack.requestUri()).isEqualTo("sip:bob@127.0.0.1:5063");
    }

    @Test
    void aCancelWaitsForTheProvisionalAndTheTransactionAcksThe487() {
        ClientTransaction invite = invite();
        RecordingClientListener cancelListener = new RecordingClientListener();
        var cancel = fixture.core.cancel(invite, cancelListener);
        assertThat(cancel).isNotDone();
        assertThat(fixture.sender.requests("CANCEL")).isEmpty();

        fixture.receive(Messages.responseTo(invite.request(), 180, "bob-tag"));
        SipRequest sentCancel = done(cancel).request();
        assertThat(sentCancel.topVia().branch()).isEqualTo(invite.request().topVia().branch());
        assertThat(sentCancel.cseq().method()).isEqualTo("CANCEL");
        assertThat(sentCancel.cseq().number()).isEqualTo(invite.request().cseq().number());
        assertThat(sentCancel.to().tag()).isNull();

        fixture.receive(Messages.responseTo(sentCancel, 200, "bob-tag"));
        fixture.receive(Messages.responseTo(invite.request(), 487, "bob-tag"));
        assertThat(cancelListener.statuses).containsExactly(200);
        assertThat(listener.statuses).containsExactly(180, 487);
        assertThat(fixture.sender.requests("ACK")).hasSize(1);
    }

    @Test
    void aCancelFailsWhenTheInviteWasAnsweredFirst() {
        ClientTransaction invite = invite();
        var cancel = fixture.core.cancel(invite, new RecordingClientListener());
        var secondCancel = fixture.core.cancel(invite, new RecordingClientListener());

        fixture.receive(Messages.responseTo(invite.request(), 486, "bob-tag"));

        assertThatThrownBy(cancel::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(secondCancel).isCompletedExceptionally();
        assertThat(fixture.sender.requests("CANCEL")).isEmpty();
    }

    @Test
    void aPrackGetsTheRAckOfTheLastReliableProvisional() {
        ClientTransaction invite = invite();
        SipRequest sent = invite.request();
        fixture.receive(Messages.responseTo(sent, 183, "bob-tag", "Require: 100rel", "RSeq: 77",
                "Contact: <sip:bob@127.0.0.1:5061>"));
        String dialogId = sent.callId() + ";from-tag=" + sent.from().tag();
        assertThat(fixture.core.dialog(dialogId).state()).isEqualTo(DialogState.EARLY);

        SipRequest prack = done(fixture.core.sendInDialog(dialogId,
                Messages.request("PRACK sip:placeholder SIP/2.0", "Content-Length: 0"), new RecordingClientListener()))
                .request();

        assertThat(prack.header("RAck")).isEqualTo("77 " + sent.cseq().number() + " INVITE");
        fixture.receive(Messages.responseTo(sent, 486, "bob-tag"));
        assertThat(fixture.tu.count("dialog-terminated", "REJECTED")).isEqualTo(1);
    }

    @Test
    void unknownDialogsAndUnsendableRequestsFailTheirFutures() {
        assertThatThrownBy(() -> fixture.core.sendInDialog("nope;from-tag=x",
                Messages.request("BYE sip:placeholder SIP/2.0", "Content-Length: 0"), listener).join())
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixture.core.sendRequest(
                Messages.request("OPTIONS tel:+15551234 SIP/2.0", "Content-Length: 0"), null, listener).join())
                .hasMessageContaining("only sip: URIs");

        ClientTransaction refused = done(fixture.core.sendRequest(
                Messages.request("OPTIONS sip:bob@127.0.0.1:" + RecordingSender.UNREACHABLE_PORT + ";transport=tcp SIP/2.0",
                        "Content-Length: 0"), null, listener));
        assertThat(refused.isTerminated()).isTrue();
        assertThat(listener.transportErrors).hasSize(1);
    }
}
