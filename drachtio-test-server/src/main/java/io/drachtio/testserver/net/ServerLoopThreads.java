package io.drachtio.testserver.net;

import io.drachtio.testserver.await.NonBlockingThread;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.FastThreadLocalThread;

/**
 * Creates the test server's event loop thread: a daemon named {@code drachtio-test-server-…}
 * marked as {@link NonBlockingThread}, so that a wait started on it by mistake fails at once
 * instead of hanging.
 */
public final class ServerLoopThreads extends DefaultThreadFactory {

    /** Creates the factory. */
    public ServerLoopThreads() {
        super("drachtio-test-server", true);
    }

    @Override
    protected Thread newThread(Runnable task, String name) {
        return new LoopThread(threadGroup, task, name);
    }

    /** The event loop thread. */
    private static final class LoopThread extends FastThreadLocalThread implements NonBlockingThread {

        LoopThread(ThreadGroup group, Runnable task, String name) {
            super(group, task, name);
        }
    }
}
