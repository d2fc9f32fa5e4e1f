package io.drachtio.testserver.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InboxTest {

    @Test
    void takeReturnsTheFirstMatchingItemAndLeavesTheOthers() {
        Inbox<String> inbox = new Inbox<>("letters");
        inbox.add("a");
        inbox.add("b");
        inbox.add("c");

        assertThat(inbox.take("b", "b"::equals, Duration.ofSeconds(1))).isEqualTo("b");
        assertThat(inbox.pending()).containsExactly("a", "c");
        assertThat(inbox.history()).containsExactly("a", "b", "c");
        assertThat(inbox.take("anything", Duration.ofSeconds(1))).isEqualTo("a");
    }

    @Test
    void takeWaitsForAnItemAddedByAnotherThread() throws InterruptedException {
        Inbox<String> inbox = new Inbox<>("letters");
        Thread producer = new Thread(() -> inbox.add("late"));
        producer.start();
        assertThat(inbox.take("late", Duration.ofSeconds(5))).isEqualTo("late");
        producer.join();
    }

    @Test
    void aTimeoutSaysWhatWasAwaitedAndWhatArrivedInstead() {
        Inbox<String> inbox = new Inbox<>("responses to INVITE");
        inbox.add("180 Ringing");

        assertThatThrownBy(() -> inbox.take("a final response", s -> s.startsWith("2"), Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("waiting for a final response in responses to INVITE")
                .hasMessageContaining("arrived instead:\n  - 180 Ringing");
        Inbox<String> empty = new Inbox<>("nothing");
        assertThatThrownBy(() -> empty.take("x", Duration.ZERO)).hasMessageContaining("nothing arrived");
    }
}
