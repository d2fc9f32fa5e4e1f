package io.drachtio.client.internal;

import io.drachtio.client.ReplyTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness check of one session: a {@code ping} every interval (never two at once); when a pong
 * does not come within the timeout the connection is considered dead and closed, which lets an
 * inbound connection reconnect. Runs on the session's event loop.
 */
final class PingMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(PingMonitor.class);

    private final Session session;
    private final Duration interval;
    private final Duration timeout;
    private ScheduledFuture<?> task;
    private boolean outstanding;

    PingMonitor(Session session, Duration interval, Duration timeout) {
        this.session = session;
        this.interval = interval;
        this.timeout = timeout;
    }

    void start() {
        long nanos = interval.toNanos();
        task = session.channel().eventLoop().scheduleAtFixedRate(this::tick, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void tick() {
        if (outstanding || !session.isOpen()) {
            return;
        }
        outstanding = true;
        session.ping(timeout).subscribe(roundTrip -> outstanding = false, this::failed);
    }

    private void failed(Throwable error) {
        outstanding = false;
        if (error instanceof ReplyTimeoutException) {
            LOG.warn("no pong from drachtio server ({}) within {}; closing the connection", session.name(),
                    Durations.format(timeout));
            session.close("no pong within " + Durations.format(timeout));
        }
    }
}
