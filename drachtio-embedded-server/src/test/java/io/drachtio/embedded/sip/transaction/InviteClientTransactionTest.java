package io.drachtio.embedded.sip.transaction;

import static io.drachtio.embedded.sip.transaction.TransactionFixture.outgoing;
import static io.drachtio.embedded.sip.transaction.TransactionFixture.peer;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingClientListener;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.SipRequest;
import org.junit.jupiter.api.Test;

class InviteClientTransactionTest {

    private final TransactionFixture fixture = new TransactionFixture();
    private final RecordingClientListener listener = new RecordingClientListener();

    private ClientTransaction send(Transport transport, String branch) {
        return fixture.layer.sendRequest(outgoing("INVITE", transport, branch), peer(transport), listener);
    }

    @Test
    void timerARetransmitsWithDoublingAndTimerBTimesOutAfter64T1() {
        ClientTransaction transaction = send(Transport.UDP, "z9hG4bKclient1");
        assertThat(transaction.state()).isEqualTo(TransactionState.CALLING);

        fixture.clock.advance(31_999);
        assertThat(fixture.sender.requests("INVITE")).as("0, .5, 1.5, 3.5, 7.5, 15.5, 31.5 s").hasSize(7);
        assertThat(listener.timeouts).isZero();

        fixture.clock.advance(1);
        assertThat(listener.timeouts).isEqualTo(1);
        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.layer.size()).isZero();
    }

    @Test
    void aProvisionalStopsRetransmissionsAndANon2xxFinalIsAckedByTheTransaction() {
        ClientTransaction transaction = send(Transport.UDP, "z9hG4bKclient2");
        SipRequest invite = transaction.request();

        fixture.layer.onMessage(Messages.responseTo(invite, 180, "callee"));
        fixture.clock.advance(10_000);
        assertThat(fixture.sender.requests("INVITE")).hasSize(1);
        assertThat(transaction.state()).isEqualTo(TransactionState.PROCEEDING);

        fixture.layer.onMessage(Messages.responseTo(invite, 486, "callee"));
        assertThat(transaction.state()).isEqualTo(TransactionState.COMPLETED);
        SipRequest ack = fixture.sender.requests("ACK").get(0);
        assertThat(ack.requestUri()).isEqualTo(invite.requestUri());
        assertThat(ack.topVia().branch()).isEqualTo("z9hG4bKclient2");
        assertThat(ack.vias()).hasSize(1);
        assertThat(ack.to().tag()).isEqualTo("callee");
        assertThat(ack.from().tag()).isEqualTo("local-tag");
        assertThat(ack.cseq().number()).isEqualTo(10);
        assertThat(ack.cseq().method()).isEqualTo("ACK");
        assertThat(ack.callId()).isEqualTo(invite.callId());

        fixture.layer.onMessage(Messages.responseTo(invite, 486, "callee"));
        assertThat(fixture.sender.requests("ACK")).as("retransmitted final re-ACKed").hasSize(2);
        assertThat(listener.statuses).containsExactly(180, 486);

        fixture.clock.advance(32_000);
        assertThat(transaction.isTerminated()).isTrue();
    }

    @Test
    void a2xxIsReportedWithItsRetransmissionsUntilTimerMAndNotAckedByTheTransaction() {
        ClientTransaction transaction = send(Transport.UDP, "z9hG4bKclient3");
        SipRequest invite = transaction.request();

        fixture.layer.onMessage(Messages.responseTo(invite, 200, "callee"));
        fixture.layer.onMessage(Messages.responseTo(invite, 200, "callee"));
        fixture.layer.onMessage(Messages.responseTo(invite, 200, "fork2"));

        assertThat(transaction.state()).isEqualTo(TransactionState.ACCEPTED);
        assertThat(listener.statuses).containsExactly(200, 200, 200);
        assertThat(fixture.sender.requests("ACK")).isEmpty();
        fixture.clock.advance(10_000);
        assertThat(fixture.sender.requests("INVITE")).hasSize(1);

        fixture.clock.advance(22_000);
        assertThat(transaction.isTerminated()).isTrue();
        fixture.layer.onMessage(Messages.responseTo(invite, 200, "callee"));
        assertThat(fixture.unmatchedResponses).hasSize(1);
    }

    @Test
    void overTcpNothingIsRetransmittedButTimerBStillRuns() {
        send(Transport.TCP, "z9hG4bKclient4");

        fixture.clock.advance(32_000);

        assertThat(fixture.sender.requests("INVITE")).hasSize(1);
        assertThat(listener.timeouts).isEqualTo(1);
    }

    @Test
    void aTransportErrorEndsTheTransaction() {
        ClientTransaction transaction = fixture.layer.sendRequest(outgoing("INVITE", Transport.TCP, "z9hG4bKclient5"),
                TransactionFixture.unreachable(), listener);

        assertThat(listener.transportErrors).hasSize(1);
        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.clock.pendingTasks()).isZero();
    }

    @Test
    void afterProvisionalWaitsForTheFirstProvisionalOrReportsItNeverCame() {
        InviteClientTransaction ringing = (InviteClientTransaction) send(Transport.UDP, "z9hG4bKclient6");
        InviteClientTransaction rejected = (InviteClientTransaction) send(Transport.UDP, "z9hG4bKclient7");
        StringBuilder events = new StringBuilder();
        ringing.afterProvisional(() -> events.append("ringing-sent;"), () -> events.append("ringing-never;"));
        rejected.afterProvisional(() -> events.append("rejected-sent;"), () -> events.append("rejected-never;"));
        assertThat(events).isEmpty();

        fixture.layer.onMessage(Messages.responseTo(ringing.request(), 180, "a"));
        fixture.layer.onMessage(Messages.responseTo(rejected.request(), 486, "b"));

        assertThat(events).hasToString("ringing-sent;rejected-never;");
    }
}
