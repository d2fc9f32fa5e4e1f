package io.drachtio.client.internal;

import io.drachtio.client.ClientObserver;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the application's {@link ClientObserver}, isolating the client from it: an observer that
 * throws is logged and otherwise ignored. With the no-op observer nothing is called at all.
 */
final class ObserverNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverNotifier.class);

    private final ClientObserver observer;

    /** @param observer the application's observer; {@code null} means {@link ClientObserver#NOOP} */
    public ObserverNotifier(ClientObserver observer) {
        this.observer = observer == null ? ClientObserver.NOOP : observer;
    }

    /** @return {@code false} for the no-op observer, so callers can skip building arguments */
    public boolean active() {
        return observer != ClientObserver.NOOP;
    }

    /** @param call the hook to invoke */
    public void notify(Consumer<ClientObserver> call) {
        if (observer == ClientObserver.NOOP) {
            return;
        }
        try {
            call.accept(observer);
        } catch (RuntimeException e) {
            LOG.warn("ClientObserver {} threw {}; ignored", observer.getClass().getName(), e.toString());
        }
    }
}
