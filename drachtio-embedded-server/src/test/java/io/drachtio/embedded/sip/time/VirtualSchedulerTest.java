package io.drachtio.embedded.sip.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {

    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsDueTasksInTimeThenSchedulingOrderIncludingTasksTheyScheduleAndSkipsCancelledOnes() {
        clock.schedule(200, () -> ran.add("b@" + clock.now()));
        clock.schedule(100, () -> {
            ran.add("a@" + clock.now());
            clock.schedule(50, () -> ran.add("nested@" + clock.now()));
        });
        clock.schedule(200, () -> ran.add("c@" + clock.now()));
        clock.schedule(150, () -> ran.add("cancelled")).cancel();
        clock.schedule(500, () -> ran.add("later"));

        clock.advance(300);

        assertThat(ran).containsExactly("a@100", "nested@150", "b@200", "c@200");
        assertThat(clock.now()).isEqualTo(300);
        assertThat(clock.pendingTasks()).isEqualTo(1);
    }

    @Test
    void executeRunsAtOnce() {
        clock.execute(() -> ran.add("now"));

        assertThat(ran).containsExactly("now");
        assertThat(clock.inSchedulerThread()).isTrue();
    }

    @Test
    void timerSettingsDeriveTheRfc3261Timers() {
        TimerSettings timers = TimerSettings.DEFAULT;

        assertThat(timers.transactionTimeout()).isEqualTo(32_000);
        assertThat(timers.nextInterval(500)).isEqualTo(1_000);
        assertThat(timers.nextInterval(4_000)).isEqualTo(4_000);
    }
}
