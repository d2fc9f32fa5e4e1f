package io.drachtio.embedded.sip.time;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The production {@link SipScheduler}: one Netty event loop, which also runs the stack's sockets. */
public final class EventLoopScheduler implements SipScheduler {

    private final EventLoop eventLoop;

    /**
     * Creates a scheduler on an event loop.
     *
     * @param eventLoop the loop that runs every task of the stack
     */
    public EventLoopScheduler(EventLoop eventLoop) {
        this.eventLoop = eventLoop;
    }

    @Override
    public void execute(Runnable task) {
        if (eventLoop.inEventLoop()) {
            task.run();
        } else {
            eventLoop.execute(task);
        }
    }

    @Override
    public ScheduledTask schedule(long delayMillis, Runnable task) {
        ScheduledFuture<?> future = eventLoop.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public boolean inSchedulerThread() {
        return eventLoop.inEventLoop();
    }
}
