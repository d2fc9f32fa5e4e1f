package io.drachtio.client.internal;

import io.drachtio.client.CdrListener;
import io.drachtio.client.CdrRecord;
import io.drachtio.wire.CdrKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each {@link CdrRecord} to every listener registered for its kind. */
final class CdrDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CdrDispatcher.class);

    private final Map<CdrKind, List<CdrListener>> listeners;

    /** @param listeners the listeners per kind (copied) */
    public CdrDispatcher(Map<CdrKind, List<CdrListener>> listeners) {
        Map<CdrKind, List<CdrListener>> copy = new EnumMap<>(CdrKind.class);
        listeners.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
        this.listeners = copy;
    }

    /** @param record the record to deliver; a listener that throws is logged and skipped */
    public void dispatch(CdrRecord record) {
        List<CdrListener> wanted = listeners.getOrDefault(record.kind(), List.of());
        if (wanted.isEmpty()) {
            LOG.debug("{} record from {} has no listener", record.kind(), record.connection());
        }
        for (CdrListener listener : wanted) {
            try {
                listener.onCdr(record);
            } catch (RuntimeException e) {
                LOG.warn("CDR listener {} threw {}; ignored", listener.getClass().getName(), e.toString());
            }
        }
    }
}
