package io.drachtio.benchmarks.dispatch;

import io.drachtio.spring.boot.autoconfigure.DrachtioProperties;
import io.drachtio.spring.dispatch.DispatcherExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a blocking handler pays on top of {@link DispatchBenchmark}'s {@code blocking} figure: the
 * delivering thread hands an empty task to a {@link DispatcherExecutor} over a pool configured with the
 * default {@code drachtio.dispatcher.*} settings, and waits until the task ran and woke it again (the
 * pool thread's wake-up plus the wake-up of the thread that goes on with the response, as the event loop
 * does in production).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExecutorHandoffBenchmark {

    private ThreadPoolExecutor pool;
    private DispatcherExecutor executor;
    private volatile boolean ran;

    /** Starts the pool with the default dispatcher settings. */
    @Setup
    public void setUp() {
        DrachtioProperties.Dispatcher defaults = new DrachtioProperties().getDispatcher();
        pool = new ThreadPoolExecutor(defaults.getThreads(), defaults.getThreads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(defaults.getQueueCapacity()));
        pool.prestartAllCoreThreads();
        executor = new DispatcherExecutor(pool);
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * @return {@code true} once the task ran
     */
    @Benchmark
    public boolean handOffAndBack() {
        ran = false;
        Thread waiting = Thread.currentThread();
        executor.execute(() -> {
            ran = true;
            LockSupport.unpark(waiting);
        });
        while (!ran) {
            LockSupport.park(this);
        }
        return ran;
    }
}
