package io.drachtio.client.internal;

import io.drachtio.client.ClientObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the application's {@link ClientObserver}s in the order they were added, isolating the client
 * and the other observers from each of them: an observer that throws is logged and otherwise ignored.
 * With no observer (or only the no-op one) nothing is called at all.
 */
final class ObserverNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverNotifier.class);

    private final ClientObserver[] observers;

    /** @param observer the application's observer; {@code null} means {@link ClientObserver#NOOP} */
    ObserverNotifier(ClientObserver observer) {
        this(observer == null ? List.of() : List.of(observer));
    }

    /** @param observers the application's observers, in call order; {@link ClientObserver#NOOP} is skipped */
    ObserverNotifier(List<ClientObserver> observers) {
        List<ClientObserver> active = new ArrayList<>(observers.size());
        for (ClientObserver observer : observers) {
            if (observer != ClientObserver.NOOP) {
                active.add(observer);
            }
        }
        this.observers = active.toArray(ClientObserver[]::new);
    }

    /** @return {@code false} when nobody observes, so callers can skip building arguments */
    boolean active() {
        return observers.length > 0;
    }

    /** @param call the hook to invoke on every observer */
    void notify(Consumer<ClientObserver> call) {
        for (ClientObserver observer : observers) {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("ClientObserver {} threw {}; ignored", observer.getClass().getName(), e.toString());
            }
        }
    }
}
