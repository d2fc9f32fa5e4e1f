package io.drachtio.spring.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultAnswersTest {

    @Test
    void unmatchedRequests() {
        assertThat(DefaultAnswers.unmatched("ACK")).isEqualTo(DefaultAnswers.NONE);
        assertThat(DefaultAnswers.unmatched("PRACK")).isEqualTo(200);
        assertThat(DefaultAnswers.unmatched("BYE")).isEqualTo(200);
        assertThat(DefaultAnswers.unmatched("INVITE")).isEqualTo(404);
        assertThat(DefaultAnswers.unmatched("UPDATE")).isEqualTo(404);
    }

    @Test
    void requestsTheirHandlerLeftUnanswered() {
        assertThat(DefaultAnswers.unanswered("ACK")).isEqualTo(DefaultAnswers.NONE);
        assertThat(DefaultAnswers.unanswered("INVITE")).isEqualTo(500);
        assertThat(DefaultAnswers.unanswered("BYE")).isEqualTo(200);
        assertThat(DefaultAnswers.unanswered("OPTIONS")).isEqualTo(200);
    }
}
