package io.drachtio.embedded.sip.ua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.dialog.Dialog;
import io.drachtio.embedded.sip.dialog.DialogState;
import io.drachtio.embedded.sip.support.CoreFixture;
import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.SipResponse;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class UasCoreTest {

    private static final String DIALOG_ID = "call-z9hG4bK-uas@127.0.0.1;from-tag=alice-tag";

    private final CoreFixture fixture = new CoreFixture();

    private ReceivedMessage inDialog(String method, String branch, int cseq, String toTag, String... extra) {
        String[] lines = {
                method + " sip:127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=" + branch,
                "From: \"Alice\" <sip:alice@127.0.0.1:5061>;tag=alice-tag",
                "To: <sip:service@127.0.0.1:5060>;tag=" + toTag,
                "Call-ID: call-z9hG4bK-uas@127.0.0.1",
                "CSeq: " + cseq + " " + method,
                "Max-Forwards: 70"};
        String[] all = new String[lines.length + extra.length + 1];
        System.arraycopy(lines, 0, all, 0, lines.length);
        System.arraycopy(extra, 0, all, lines.length, extra.length);
        all[all.length - 1] = "Content-Length: 0";
        return Messages.received(Transport.UDP, all);
    }

    @Test
    void answersWithAToTagAndContactAndCreatesTheDialog() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        assertThat(fixture.sender.responses(100)).hasSize(1);

        ServerTransaction invite = fixture.tu.requests().get(0);
        assertThat(fixture.core.serverTransaction(invite.id())).isSameAs(invite);
        SipResponse ringing = fixture.respondToLast(180);
        SipResponse ok = fixture.respondToLast(200);

        assertThat(ringing.to().tag()).hasSize(13).isEqualTo(ok.to().tag());
        assertThat(ringing.hasHeader("Contact")).isFalse();
        assertThat(ok.header("Contact")).isEqualTo("<sip:127.0.0.1:5060>");
        Dialog dialog = fixture.core.dialog(DIALOG_ID);
        assertThat(dialog.state()).isEqualTo(DialogState.CONFIRMED);
        assertThat(dialog.localTag()).isEqualTo(ok.to().tag());
        assertThat(dialog.remoteTarget()).hasToString("sip:alice@127.0.0.1:5061");
    }

    @Test
    void retransmitsThe2xxUntilTheAckArrivesAndReportsTheAckOnce() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        String tag = fixture.respondToLast(200).to().tag();

        fixture.clock.advance(500);
        fixture.clock.advance(1_000);
        assertThat(fixture.sender.responses(200)).hasSize(3);

        fixture.receive(inDialog("ACK", "z9hG4bK-ack", 1, tag));
        fixture.receive(inDialog("ACK", "z9hG4bK-ack", 1, tag));
        fixture.clock.advance(40_000);

        assertThat(fixture.sender.responses(200)).hasSize(3);
        assertThat(fixture.tu.count("ack", "INVITE")).isEqualTo(1);
        assertThat(fixture.tu.count("ack-timeout", null)).isZero();
    }

    @Test
    void reportsAnAckTimeoutAfter64T1() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        fixture.respondToLast(200);

        fixture.clock.advance(31_999);
        assertThat(fixture.tu.count("ack-timeout", null)).isZero();
        fixture.clock.advance(1);

        assertThat(fixture.tu.count("ack-timeout", DIALOG_ID)).isEqualTo(1);
        assertThat(fixture.sender.responses(200)).as("0, .5, 1.5, 3.5, 7.5 … 31.5 s").hasSize(11);
    }

    @Test
    void overTcpThe2xxIsNotRetransmittedButTheAckTimeoutStillApplies() {
        fixture.receive(Messages.invite(Transport.TCP, "z9hG4bK-uas"));
        fixture.respondToLast(200);

        fixture.clock.advance(32_000);

        assertThat(fixture.sender.responses(200)).hasSize(1);
        assertThat(fixture.tu.count("ack-timeout", DIALOG_ID)).isEqualTo(1);
    }

    @Test
    void cancelOfAnUnansweredInviteGets200And487WithTheSameToTag() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        ServerTransaction invite = fixture.tu.requests().get(0);
        String tag = fixture.respondToLast(180).to().tag();

        fixture.receive(Messages.nonInvite(Transport.UDP, "CANCEL", "z9hG4bK-uas"));

        SipResponse cancelOk = fixture.sender.responses(200).get(0);
        assertThat(cancelOk.cseq().method()).isEqualTo("CANCEL");
        SipResponse terminated = fixture.sender.responses(487).get(0);
        assertThat(terminated.to().tag()).isEqualTo(tag);
        assertThat(fixture.tu.count("cancel", invite.id())).isEqualTo(1);
        assertThatThrownBy(() -> fixture.core.respond(invite, SipResponse.forRequest(invite.request(), 200)).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelWithoutAMatchingInviteGets481() {
        fixture.receive(Messages.nonInvite(Transport.UDP, "CANCEL", "z9hG4bK-nothing"));

        assertThat(fixture.sender.responses(481)).hasSize(1);
        assertThat(fixture.tu.history()).isEmpty();
    }

    @Test
    void reliableProvisionalGetsRSeqAndIsRetransmittedUntilThePrack() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas", "Supported: 100rel"));
        SipResponse progress = fixture.respondToLast(183, "Require", "100rel");
        long rseq = progress.rseq();
        assertThat(progress.header("Contact")).isEqualTo("<sip:127.0.0.1:5060>");
        assertThat(fixture.core.dialog(DIALOG_ID).state()).isEqualTo(DialogState.EARLY);

        fixture.clock.advance(500);
        fixture.clock.advance(1_000);
        assertThat(fixture.sender.responses(183)).hasSize(3);

        fixture.receive(inDialog("PRACK", "z9hG4bK-prack", 2, progress.to().tag(), "RAck: " + rseq + " 1 INVITE"));
        fixture.clock.advance(10_000);

        assertThat(fixture.sender.responses(183)).hasSize(3);
        assertThat(fixture.tu.count("request", "PRACK")).isEqualTo(1);
        fixture.respondToLast(200);
        fixture.respond(fixture.tu.requests().get(0), 200);
        SipResponse ok = fixture.sender.responses(200).get(1);
        assertThat(ok.cseq().method()).isEqualTo("INVITE");
        assertThat(fixture.core.dialog(DIALOG_ID).state()).isEqualTo(DialogState.CONFIRMED);
    }

    @Test
    void aPrackForAnotherRSeqGets481() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas", "Supported: 100rel"));
        SipResponse progress = fixture.respondToLast(183, "Require", "100rel");

        fixture.receive(inDialog("PRACK", "z9hG4bK-prack", 2, progress.to().tag(),
                "RAck: " + (progress.rseq() + 1) + " 1 INVITE"));

        assertThat(fixture.sender.responses(481)).hasSize(1);
        assertThat(fixture.tu.count("request", "PRACK")).isZero();
    }

    @Test
    void anUnacknowledgedReliableProvisionalRejectsTheInviteAfter64T1() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas", "Supported: 100rel"));
        fixture.respondToLast(183, "Require", "100rel");

        fixture.clock.advance(32_000);

        assertThat(fixture.sender.responses(183)).as("T1 doubling: 0, .5, 1.5, 3.5, 7.5, 15.5, 31.5 s").hasSize(7);
        assertThat(fixture.sender.responses(500)).hasSize(1);
        assertThat(fixture.tu.count("dialog-terminated", "PRACK_TIMEOUT")).isEqualTo(1);
        assertThat(fixture.core.dialog(DIALOG_ID)).isNull();
    }

    @Test
    void byeIsDeliveredWithItsDialogAndEndsItWhenAnswered() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        String tag = fixture.respondToLast(200).to().tag();
        fixture.receive(inDialog("ACK", "z9hG4bK-ack", 1, tag));

        fixture.receive(inDialog("BYE", "z9hG4bK-bye", 2, tag));
        assertThat(fixture.tu.history().get(fixture.tu.history().size() - 1).dialog().id()).isEqualTo(DIALOG_ID);
        fixture.respondToLast(200);

        assertThat(fixture.tu.count("dialog-terminated", "BYE_RECEIVED")).isEqualTo(1);
        assertThat(fixture.core.dialog(DIALOG_ID)).isNull();
    }

    @Test
    void requestsForUnknownDialogsGet481AndOldCSeqsGet500() {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-uas"));
        String tag = fixture.respondToLast(200).to().tag();

        fixture.receive(inDialog("BYE", "z9hG4bK-bye1", 2, "unknown-tag"));
        fixture.receive(Messages.nonInvite(Transport.UDP, "BYE", "z9hG4bK-tagless"));
        fixture.receive(inDialog("INFO", "z9hG4bK-info", 5, tag));
        fixture.respondToLast(200);
        fixture.receive(inDialog("INFO", "z9hG4bK-info2", 4, tag));

        assertThat(fixture.sender.responses(481)).hasSize(2);
        assertThat(fixture.sender.responses(500)).hasSize(1);
        assertThat(fixture.tu.count("request", "BYE")).isZero();
        assertThat(fixture.tu.count("request", "INFO")).isEqualTo(1);
    }
}
