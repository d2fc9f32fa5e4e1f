package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests of one Call-ID are handled in arrival order although blocking handlers run on a pool; the
 * requests of two calls arrive interleaved.
 */
@EndToEndTest
class CallIdOrderTest {

    private static final int REQUESTS = 30;

    @Autowired
    DrachtioTestServer server;

    @Autowired
    OrderController controller;

    @Test
    void requestsOfOneCallIdAreHandledInArrivalOrder() {
        List<NetworkTransaction> sent = new ArrayList<>();
        for (int seq = 0; seq < REQUESTS; seq++) {
            for (String call : List.of("first-call@example.com", "second-call@example.com")) {
                sent.add(Network.request(server, "MESSAGE", "order").callId(call).cseq(seq + 1)
                        .header("X-Seq", String.valueOf(seq)).send());
            }
        }
        for (NetworkTransaction transaction : sent) {
            assertThat(transaction.awaitFinalResponse().status()).isEqualTo(200);
        }

        List<Integer> expected = IntStream.range(0, REQUESTS).boxed().toList();
        assertThat(controller.seen("first-call@example.com")).containsExactlyElementsOf(expected);
        assertThat(controller.seen("second-call@example.com")).containsExactlyElementsOf(expected);
    }
}
