package io.drachtio.samples.uac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The calls placed so far, in memory, at most {@code uac.max-calls} (the oldest are forgotten first). */
@Component
public class CallStore {

    private final Map<String, Call> calls;

    /** @param properties the capacity */
    public CallStore(UacProperties properties) {
        int capacity = properties.maxCalls();
        this.calls = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Call> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param call a new call
     * @return the call
     */
    public synchronized Call add(Call call) {
        calls.put(call.id(), call);
        return call;
    }

    /**
     * @param id a call id
     * @return the call, empty when unknown (or forgotten)
     */
    public synchronized Optional<Call> byId(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    /**
     * @param callId a SIP Call-ID
     * @return the call with that Call-ID, empty when none
     */
    public synchronized Optional<Call> byCallId(String callId) {
        return calls.values().stream().filter(call -> callId.equals(call.callId())).findFirst();
    }

    /** @return every remembered call, oldest first */
    public synchronized List<Call> all() {
        return new ArrayList<>(calls.values());
    }
}
