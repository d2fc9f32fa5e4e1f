package io.drachtio.spring.actuate.metrics;

import io.drachtio.client.ConnectionState;
import io.drachtio.spring.observation.SipTagValues;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@value DrachtioMeterNames#CONNECTIONS} gauges: for each connection tag and each
 * {@link ConnectionState}, how many connections are in that state. Fed by state changes; a connection
 * an outbound listener accepted is forgotten once closed, so that their number stays bounded.
 */
final class ConnectionStateGauges {

    private final MeterRegistry registry;
    private final Map<String, ConnectionState> states = new ConcurrentHashMap<>();
    private final MeterFamily<Boolean> registered;

    /** @param registry where the gauges are registered */
    ConnectionStateGauges(MeterRegistry registry) {
        this.registry = registry;
        this.registered = new MeterFamily<>(this::register);
    }

    /**
     * @param connection the connection name
     * @param state      its new state
     */
    void changed(String connection, ConnectionState state) {
        if (state == ConnectionState.CLOSED && SipTagValues.isAcceptedConnection(connection)) {
            states.remove(connection);
        } else {
            states.put(connection, state);
        }
        registered.get(SipTagValues.connection(connection));
    }

    private Boolean register(String tag) {
        for (ConnectionState state : ConnectionState.values()) {
            Gauge.builder(DrachtioMeterNames.CONNECTIONS, this, gauges -> gauges.count(tag, state))
                    .description("Connections to drachtio servers, by state").baseUnit("connections")
                    .tag(DrachtioMeterNames.TAG_CONNECTION, tag).tag(DrachtioMeterNames.TAG_STATE, state.name())
                    .register(registry);
        }
        return Boolean.TRUE;
    }

    private int count(String tag, ConnectionState state) {
        int count = 0;
        for (Map.Entry<String, ConnectionState> entry : states.entrySet()) {
            if (entry.getValue() == state && SipTagValues.connection(entry.getKey()).equals(tag)) {
                count++;
            }
        }
        return count;
    }
}
