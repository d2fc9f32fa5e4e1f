package io.drachtio.embedded.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.sip.SipStack;
import io.drachtio.embedded.sip.SipStackSettings;
import io.drachtio.embedded.sip.support.TestTransactionUser;
import io.drachtio.embedded.sip.transaction.TransactionKeys;
import io.drachtio.embedded.torture.TortureRun;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RFC 4475 torture messages sent to a running stack over UDP: each invalid one that strict parsing
 * rejects is answered 400 or dropped, with exactly one log line, and never reaches the TU; the valid
 * requests reach it; the stack keeps answering afterwards.
 */
class MalformedInputTest {

    private final TestTransactionUser tu = new TestTransactionUser();
    private SipStack stack;
    private TortureRun run;

    @BeforeEach
    void start() throws IOException {
        stack = SipStack.start(SipStackSettings.loopbackFreePorts(), tu);
        tu.on("OPTIONS", (transaction, dialog) -> stack.core().respond(transaction,
                SipResponse.forRequest(transaction.request(), 200)));
        run = new TortureRun(stack.udpAddress());
    }

    @AfterEach
    void stop() {
        run.close();
        stack.close();
    }

    @Test
    void everyValidRequestReachesTheTransactionUserOncePerTransactionAndResponsesDoNot() throws Exception {
        Set<String> transactions = new HashSet<>();
        int withToTag = 0;
        for (String name : TortureRun.namesMarked("valid")) {
            byte[] bytes = Files.readAllBytes(TortureRun.TORTURE.resolve(name));
            if (SipMessageParser.parseStrict(bytes) instanceof SipRequest request) {
                if (request.to().tag() == null) {
                    transactions.add(TransactionKeys.serverKey(request));
                } else {
                    withToTag++;
                }
            }
            run.send(bytes);
        }
        for (int i = 0; i < 500 && tu.requests().size() < transactions.size(); i++) {
            Thread.sleep(10);
        }

        List<String> delivered = tu.requests().stream().map(t -> TransactionKeys.serverKey(t.request())).toList();
        assertThat(delivered).as("requests sharing branch, sent-by and method count once")
                .containsExactlyInAnyOrderElementsOf(transactions);
        assertThat(withToTag).as("wsinv has a To-tag but no dialog: answered 481 by the stack").isEqualTo(1);
        assertThat(transactions).hasSizeGreaterThanOrEqualTo(15);
        assertThat(run.logLines()).isEmpty();
        run.assertStillAnswering();
    }

    @Test
    void everyRejectedMessageIsAnswered400OrDroppedWithOneLogLineAndTheStackKeepsWorking() throws Exception {
        TortureRun.Outcome outcome = run.sendEveryRejectedMessage();

        run.assertStillAnswering();
        assertThat(tu.requests()).as("only the valid OPTIONS reached the TU").hasSize(1);
        assertThat(outcome.answered()).isPositive();
        assertThat(outcome.dropped()).isPositive();
        assertThat(outcome.answered() + outcome.dropped()).isGreaterThanOrEqualTo(15);
    }
}
