package io.drachtio.embedded.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingSender;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.SipResponse;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class NonInviteServerTransactionTest {

    private final TransactionFixture fixture = new TransactionFixture();

    @Test
    void absorbsRetransmissionsWhileTryingAndRepeatsTheLastResponseAfterwards() {
        ServerTransaction transaction = fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK-opt1"));
        assertThat(transaction.state()).isEqualTo(TransactionState.TRYING);

        fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK-opt1"));
        assertThat(fixture.sender.all()).isEmpty();

        transaction.sendResponse(SipResponse.forRequest(transaction.request(), 183));
        assertThat(transaction.state()).isEqualTo(TransactionState.PROCEEDING);
        fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK-opt1"));
        assertThat(fixture.sender.responses(183)).hasSize(2);

        transaction.sendResponse(SipResponse.forRequest(transaction.request(), 200));
        fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK-opt1"));
        assertThat(fixture.sender.responses(200)).hasSize(2);
        assertThat(fixture.created).hasSize(1);
    }

    @Test
    void timerJKeepsTheCompletedStateFor64T1OverUdp() {
        ServerTransaction transaction = fixture.receive(Messages.nonInvite(Transport.UDP, "REGISTER", "z9hG4bK-reg1"));
        transaction.sendResponse(SipResponse.forRequest(transaction.request(), 200));

        fixture.clock.advance(31_999);
        assertThat(transaction.state()).isEqualTo(TransactionState.COMPLETED);
        fixture.clock.advance(1);
        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.sender.responses(200)).as("never retransmitted on its own").hasSize(1);
    }

    @Test
    void overTcpTheFinalResponseEndsTheTransaction() {
        ServerTransaction transaction = fixture.receive(Messages.nonInvite(Transport.TCP, "OPTIONS", "z9hG4bK-opt2"));
        assertThat(fixture.layer.serverTransaction(transaction.id())).isSameAs(transaction);
        transaction.sendResponse(SipResponse.forRequest(transaction.request(), 200));

        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.layer.size()).isZero();
        assertThat(fixture.layer.serverTransaction(transaction.id())).isNull();
    }

    @Test
    void overTcpAResponseWhoseConnectionIsGoneGoesToTheViaSentByPort() {
        ReceivedMessage template = Messages.nonInvite(Transport.TCP, "OPTIONS", "z9hG4bK-gone");
        ReceivedMessage fromClosedConnection = new ReceivedMessage(template.message(), Transport.TCP,
                new InetSocketAddress("127.0.0.1", RecordingSender.UNREACHABLE_PORT), template.local(), template.size());
        ServerTransaction transaction = fixture.receive(fromClosedConnection);

        transaction.sendResponse(SipResponse.forRequest(transaction.request(), 200));

        assertThat(fixture.sender.all()).hasSize(1);
        assertThat(fixture.sender.all().get(0).destination()).hasToString("tcp/127.0.0.1:5061");
        assertThat(transaction.peer()).isEqualTo(fixture.sender.all().get(0).destination());
    }

    @Test
    void requestsFromDifferentSentByOrWithDifferentMethodAreDifferentTransactions() {
        fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK-same"));
        fixture.receive(Messages.nonInvite(Transport.UDP, "INFO", "z9hG4bK-same"));

        assertThat(fixture.created).hasSize(2);
    }

    @Test
    void aBranchThatIsOnlyTheMagicCookieFallsBackToHeaderMatching() {
        ServerTransaction options = fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "z9hG4bK"));
        ServerTransaction other = fixture.receive(Messages.received(Transport.UDP,
                "OPTIONS sip:service@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK",
                "From: <sip:bob@127.0.0.1:5061>;tag=bob-tag",
                "To: <sip:service@127.0.0.1:5060>",
                "Call-ID: another-call@127.0.0.1",
                "CSeq: 7 OPTIONS",
                "Max-Forwards: 70",
                "Content-Length: 0"));

        assertThat(options).isNotNull();
        assertThat(other).as("a different request, not a retransmission").isNotNull().isNotSameAs(options);
    }

    @Test
    void rfc2543RequestsWithoutMagicCookieAreMatchedByTheirHeaders() {
        ServerTransaction first = fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "old-style-branch"));
        ServerTransaction again = fixture.receive(Messages.nonInvite(Transport.UDP, "OPTIONS", "old-style-branch"));

        assertThat(first).isNotNull();
        assertThat(again).isNull();
    }
}
