package io.drachtio.embedded.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.SipResponse;
import org.junit.jupiter.api.Test;

class InviteServerTransactionTest {

    private final TransactionFixture fixture = new TransactionFixture();

    private SipResponse answer(ServerTransaction transaction, int status) {
        SipResponse response = SipResponse.forRequest(transaction.request(), status);
        response.headers().set("To", response.header("To") + ";tag=uas-tag");
        transaction.sendResponse(response);
        return response;
    }

    @Test
    void sends100TryingAtOnceAndRepeatsTheLastProvisionalOnRetransmission() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv1"));

        assertThat(fixture.sender.responses(100)).hasSize(1);
        assertThat(transaction.state()).isEqualTo(TransactionState.PROCEEDING);

        answer(transaction, 180);
        assertThat(fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv1"))).isNull();

        assertThat(fixture.sender.responses(180)).hasSize(2);
        assertThat(fixture.created).hasSize(1);
    }

    @Test
    void timerGRetransmitsNon2xxWithDoublingCappedAtT2UntilTheAckThenTimerIEndsIt() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv2"));
        answer(transaction, 486);
        assertThat(transaction.state()).isEqualTo(TransactionState.COMPLETED);

        fixture.clock.advance(500);
        assertThat(fixture.sender.responses(486)).hasSize(2);
        fixture.clock.advance(1_000);
        assertThat(fixture.sender.responses(486)).hasSize(3);
        fixture.clock.advance(2_000);
        assertThat(fixture.sender.responses(486)).hasSize(4);
        fixture.clock.advance(4_000);
        assertThat(fixture.sender.responses(486)).hasSize(5);
        fixture.clock.advance(4_000);
        assertThat(fixture.sender.responses(486)).as("capped at T2 = 4 s").hasSize(6);

        fixture.layer.onMessage(Messages.ackForNon2xx(Transport.UDP, "z9hG4bK-inv2", "uas-tag"));
        assertThat(transaction.state()).isEqualTo(TransactionState.CONFIRMED);
        assertThat(fixture.unmatchedRequests).isEmpty();

        fixture.clock.advance(4_999);
        assertThat(transaction.isTerminated()).isFalse();
        assertThat(fixture.sender.responses(486)).hasSize(6);
        fixture.clock.advance(1);
        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.layer.size()).isZero();
    }

    @Test
    void timerHGivesUpAfter64T1WithoutAck() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv3"));
        answer(transaction, 603);

        fixture.clock.advance(31_999);
        assertThat(transaction.isTerminated()).isFalse();
        fixture.clock.advance(1);

        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.sender.responses(603)).as("0, .5, 1.5, 3.5, 7.5 … 31.5 s").hasSize(11);
        assertThat(fixture.clock.pendingTasks()).isZero();
    }

    @Test
    void overTcpNothingIsRetransmittedAndTheAckEndsTheTransactionAtOnce() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.TCP, "z9hG4bK-inv4"));
        answer(transaction, 486);

        fixture.clock.advance(10_000);
        assertThat(fixture.sender.responses(486)).hasSize(1);

        fixture.layer.onMessage(Messages.ackForNon2xx(Transport.TCP, "z9hG4bK-inv4", "uas-tag"));
        assertThat(transaction.isTerminated()).isTrue();
    }

    @Test
    void a2xxMovesToAcceptedWhereRetransmittedInvitesAreAbsorbedUntilTimerL() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv5"));
        answer(transaction, 200);
        assertThat(transaction.state()).isEqualTo(TransactionState.ACCEPTED);

        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv5"));
        fixture.clock.advance(5_000);
        assertThat(fixture.sender.responses(200)).as("the transaction itself does not retransmit 2xx").hasSize(1);

        assertThatThrownBy(() -> answer(transaction, 486)).isInstanceOf(IllegalStateException.class);
        fixture.clock.advance(27_000);
        assertThat(transaction.isTerminated()).isTrue();
    }

    @Test
    void anAckReusingTheBranchOfAnAcceptedInviteGoesToTheCore() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv6"));
        answer(transaction, 200);

        fixture.layer.onMessage(Messages.ackForNon2xx(Transport.UDP, "z9hG4bK-inv6", "uas-tag"));

        assertThat(fixture.unmatchedRequests).hasSize(1);
    }

    @Test
    void aCancelFindsTheInviteByBranch() {
        ServerTransaction transaction = fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-inv7"));

        assertThat(fixture.layer.inviteFor(Messages.nonInvite(Transport.UDP, "CANCEL", "z9hG4bK-inv7").request()))
                .isSameAs(transaction);
        assertThat(fixture.layer.inviteFor(Messages.nonInvite(Transport.UDP, "CANCEL", "z9hG4bK-other").request()))
                .isNull();
    }
}
