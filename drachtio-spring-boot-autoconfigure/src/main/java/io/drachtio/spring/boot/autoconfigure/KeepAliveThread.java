package io.drachtio.spring.boot.autoconfigure;

import java.util.concurrent.CountDownLatch;

/**
 * A non-daemon thread that only waits until it is released, so that the JVM keeps running while the
 * drachtio client does. The client's event-loop threads are daemons (as in any Reactor Netty client);
 * without a web server nothing else would keep an application alive after {@code main} returns, where a
 * drachtio-srf application stays up as long as its socket is open.
 */
final class KeepAliveThread {

    private final CountDownLatch released = new CountDownLatch(1);
    private final Thread thread = new Thread(this::awaitRelease, "drachtio-keep-alive");

    /** Starts waiting. */
    void start() {
        thread.setDaemon(false);
        thread.start();
    }

    /** Lets the thread end (idempotent). */
    void release() {
        released.countDown();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
