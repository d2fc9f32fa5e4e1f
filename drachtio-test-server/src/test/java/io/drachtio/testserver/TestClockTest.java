package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestClockTest {

    private static final Instant START = Instant.parse("2024-07-01T05:40:00Z");

    @Test
    void timeOnlyMovesWhenAdvanced() {
        TestClock clock = TestClock.startingAt(START);
        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMillis(1500));
        assertThat(clock.instant()).isEqualTo(START.plusMillis(1500));
        assertThat(clock.withZone(ZoneId.of("Europe/Paris")).instant()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueTimersRunInDueOrderEachSeeingItsDueTime() {
        TestClock clock = TestClock.startingAt(START);
        List<String> runs = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(3), () -> runs.add("3s at " + clock.instant()));
        clock.schedule(Duration.ofSeconds(1), () -> runs.add("1s at " + clock.instant()));
        clock.schedule(Duration.ofSeconds(1), () -> runs.add("1s second"));
        clock.schedule(Duration.ofSeconds(9), () -> runs.add("never"));

        clock.advance(Duration.ofSeconds(5));

        assertThat(runs).containsExactly("1s at " + START.plusSeconds(1), "1s second", "3s at " + START.plusSeconds(3));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(5));
        assertThat(clock.pendingTimers()).isEqualTo(1);
    }

    @Test
    void aTimerScheduledByATimerRunsInTheSameAdvanceWhenDue() {
        TestClock clock = TestClock.startingAt(START);
        List<Instant> runs = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(1), () -> clock.schedule(Duration.ofSeconds(1), () -> runs.add(clock.instant())));
        clock.advance(Duration.ofSeconds(2));
        assertThat(runs).containsExactly(START.plusSeconds(2));
    }

    @Test
    void aCancelledTimerDoesNotRun() {
        TestClock clock = TestClock.startingAt(START);
        List<String> runs = new ArrayList<>();
        TestClock.Timer timer = clock.schedule(Duration.ofSeconds(1), () -> runs.add("ran"));
        assertThat(timer.dueAt()).isEqualTo(START.plusSeconds(1));
        timer.cancel();
        clock.advance(Duration.ofSeconds(2));
        assertThat(runs).isEmpty();
    }
}
