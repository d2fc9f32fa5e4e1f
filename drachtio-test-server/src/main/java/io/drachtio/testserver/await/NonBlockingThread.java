package io.drachtio.testserver.await;

/**
 * Marks threads that must never wait on an {@link Inbox}: the test server's event loop, whose
 * waiting would stop the very work that is awaited.
 */
public interface NonBlockingThread {
}
