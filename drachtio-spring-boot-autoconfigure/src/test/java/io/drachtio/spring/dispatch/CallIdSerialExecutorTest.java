package io.drachtio.spring.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-Call-ID ordering on a real thread pool. */
class CallIdSerialExecutorTest {

    private static final class Recording implements CallIdSerialExecutor.SerialTask {
        private final String key;
        private final int index;
        private final Map<String, List<Integer>> runs;
        private final Map<String, AtomicInteger> running;
        private final List<String> overlaps;
        private final CountDownLatch finished;

        Recording(String key, int index, Map<String, List<Integer>> runs, Map<String, AtomicInteger> running,
                List<String> overlaps, CountDownLatch finished) {
            this.key = key;
            this.index = index;
            this.runs = runs;
            this.running = running;
            this.overlaps = overlaps;
            this.finished = finished;
        }

        @Override
        public void run(Runnable done) {
            if (running.get(key).incrementAndGet() != 1) {
                overlaps.add(key);
            }
            runs.get(key).add(index);
            Thread.yield();
            running.get(key).decrementAndGet();
            done.run();
            done.run(); // a second call is ignored
            finished.countDown();
        }

        @Override
        public void rejected() {
            finished.countDown();
        }
    }

    @Test
    void tasksOfOneKeyRunInSubmissionOrderOneAtATime() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CallIdSerialExecutor serial = new CallIdSerialExecutor(pool);
            int keys = 20;
            int perKey = 200;
            Map<String, List<Integer>> runs = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
            List<String> overlaps = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch finished = new CountDownLatch(keys * perKey);
            for (int k = 0; k < keys; k++) {
                runs.put("call-" + k, java.util.Collections.synchronizedList(new ArrayList<>()));
                running.put("call-" + k, new AtomicInteger());
            }
            for (int i = 0; i < perKey; i++) {
                for (int k = 0; k < keys; k++) {
                    String key = "call-" + k;
                    serial.execute(key, new Recording(key, i, runs, running, overlaps, finished), i % 3 == 0);
                }
            }
            assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(overlaps).isEmpty();
            for (List<Integer> order : runs.values()) {
                assertThat(order).hasSize(perKey).isSorted();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(serial.activeKeys()).as("queues removed when drained").isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRejectedTaskIsReportedAndTheKeyIsReleased() {
        List<String> events = new ArrayList<>();
        CallIdSerialExecutor serial = new CallIdSerialExecutor(task -> {
            throw new RejectedExecutionException("full");
        });
        serial.execute("k", new CallIdSerialExecutor.SerialTask() {
            @Override
            public void run(Runnable done) {
                events.add("ran");
            }

            @Override
            public void rejected() {
                events.add("rejected");
            }
        }, false);
        assertThat(events).containsExactly("rejected");
        assertThat(serial.activeKeys()).isZero();
    }

    @Test
    void aTaskWaitsUntilThePreviousOneSignalsDone() {
        List<Runnable> pendingDone = new ArrayList<>();
        List<String> started = new ArrayList<>();
        CallIdSerialExecutor serial = new CallIdSerialExecutor(Runnable::run);
        for (String name : List.of("first", "second")) {
            serial.execute("k", new CallIdSerialExecutor.SerialTask() {
                @Override
                public void run(Runnable done) {
                    started.add(name);
                    pendingDone.add(done);
                }

                @Override
                public void rejected() {
                }
            }, true);
        }
        assertThat(started).containsExactly("first");
        pendingDone.get(0).run();
        assertThat(started).containsExactly("first", "second");
        pendingDone.get(1).run();
        assertThat(serial.activeKeys()).isZero();
    }
}
