package io.drachtio.embedded.sip.transaction;

import static io.drachtio.embedded.sip.transaction.TransactionFixture.outgoing;
import static io.drachtio.embedded.sip.transaction.TransactionFixture.peer;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingClientListener;
import io.drachtio.embedded.sip.transport.Transport;
import org.junit.jupiter.api.Test;

class NonInviteClientTransactionTest {

    private final TransactionFixture fixture = new TransactionFixture();
    private final RecordingClientListener listener = new RecordingClientListener();

    private ClientTransaction send(Transport transport, String branch) {
        return fixture.layer.sendRequest(outgoing("OPTIONS", transport, branch), peer(transport), listener);
    }

    @Test
    void timerERetransmitsUpToT2AndTimerFTimesOut() {
        send(Transport.UDP, "z9hG4bKnic1");

        fixture.clock.advance(3_500);
        assertThat(fixture.sender.requests("OPTIONS")).as("0, .5, 1.5, 3.5 s").hasSize(4);
        fixture.clock.advance(28_499);
        assertThat(fixture.sender.requests("OPTIONS")).as("then every 4 s up to 31.5 s").hasSize(11);
        assertThat(listener.timeouts).isZero();

        fixture.clock.advance(1);
        assertThat(listener.timeouts).isEqualTo(1);
        assertThat(fixture.layer.size()).isZero();
    }

    @Test
    void inProceedingRetransmissionsGoAtT2() {
        ClientTransaction transaction = send(Transport.UDP, "z9hG4bKnic2");
        fixture.layer.onMessage(Messages.responseTo(transaction.request(), 100, null));
        assertThat(transaction.state()).isEqualTo(TransactionState.PROCEEDING);

        fixture.clock.advance(500);
        assertThat(fixture.sender.requests("OPTIONS")).hasSize(2);
        fixture.clock.advance(3_999);
        assertThat(fixture.sender.requests("OPTIONS")).hasSize(2);
        fixture.clock.advance(1);
        assertThat(fixture.sender.requests("OPTIONS")).hasSize(3);
    }

    @Test
    void theFinalResponseIsReportedOnceAndTimerKEndsTheTransaction() {
        ClientTransaction transaction = send(Transport.UDP, "z9hG4bKnic3");

        fixture.layer.onMessage(Messages.responseTo(transaction.request(), 200, "x"));
        fixture.layer.onMessage(Messages.responseTo(transaction.request(), 200, "x"));

        assertThat(listener.statuses).containsExactly(200);
        assertThat(transaction.state()).isEqualTo(TransactionState.COMPLETED);
        fixture.clock.advance(4_999);
        assertThat(transaction.isTerminated()).isFalse();
        fixture.clock.advance(1);
        assertThat(transaction.isTerminated()).isTrue();
        assertThat(fixture.sender.requests("OPTIONS")).hasSize(1);
    }

    @Test
    void overTcpTheFinalResponseEndsTheTransactionAtOnce() {
        ClientTransaction transaction = send(Transport.TCP, "z9hG4bKnic4");
        fixture.clock.advance(2_000);
        assertThat(fixture.sender.requests("OPTIONS")).hasSize(1);

        fixture.layer.onMessage(Messages.responseTo(transaction.request(), 404, "x"));

        assertThat(transaction.isTerminated()).isTrue();
        assertThat(listener.statuses).containsExactly(404);
    }

    @Test
    void responsesAreMatchedByBranchAndMethod() {
        ClientTransaction options = send(Transport.UDP, "z9hG4bKnic5");
        ClientTransaction info = fixture.layer.sendRequest(outgoing("INFO", Transport.UDP, "z9hG4bKnic5"),
                peer(Transport.UDP), new RecordingClientListener());

        fixture.layer.onMessage(Messages.responseTo(options.request(), 200, "x"));

        assertThat(listener.statuses).containsExactly(200);
        assertThat(info.state()).isEqualTo(TransactionState.TRYING);
    }
}
