package io.drachtio.spring.actuate.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;

/**
 * The meters of one connection tag (see {@link DrachtioMeterNames}): wire frames and bytes, requests and
 * responses in both roles, proxy outcomes, reconnects and pings. Families with varying tags register
 * their members on first use.
 */
final class ConnectionMeters {

    final Counter framesReceived;
    final Counter framesSent;
    final Counter bytesReceived;
    final Counter bytesSent;
    final Counter reconnects;
    final Timer ping;
    /** By method. */
    final MeterFamily<Counter> requestsReceived;
    /** By method, then status class. */
    final MeterFamily<MeterFamily<Counter>> responsesSent;
    /** By outcome, then status class. */
    final MeterFamily<MeterFamily<Counter>> proxyOutcomes;
    /** By method. */
    final MeterFamily<Counter> uacRequests;
    /** By method, then status. */
    final MeterFamily<MeterFamily<Counter>> uacResponses;

    private final MeterRegistry registry;

    /**
     * @param registry   where the meters are registered
     * @param connection the connection tag value
     */
    ConnectionMeters(MeterRegistry registry, String connection) {
        this.registry = registry;
        Tags tags = Tags.of(DrachtioMeterNames.TAG_CONNECTION, connection);
        Tags in = tags.and(DrachtioMeterNames.TAG_DIRECTION, "in");
        Tags out = tags.and(DrachtioMeterNames.TAG_DIRECTION, "out");
        framesReceived = counter(DrachtioMeterNames.WIRE_FRAMES, "Frames exchanged with the drachtio server",
                "frames", in);
        framesSent = counter(DrachtioMeterNames.WIRE_FRAMES, "Frames exchanged with the drachtio server",
                "frames", out);
        bytesReceived = counter(DrachtioMeterNames.WIRE_BYTES,
                "Bytes exchanged with the drachtio server, length prefixes included", BaseUnits.BYTES, in);
        bytesSent = counter(DrachtioMeterNames.WIRE_BYTES,
                "Bytes exchanged with the drachtio server, length prefixes included", BaseUnits.BYTES, out);
        reconnects = counter(DrachtioMeterNames.RECONNECTS, "Reconnect attempts to the drachtio server",
                "attempts", tags);
        ping = Timer.builder(DrachtioMeterNames.PING).description("Round-trip time of pings to the drachtio server")
                .tags(tags).register(registry);
        requestsReceived = counters(DrachtioMeterNames.REQUESTS_RECEIVED,
                "SIP requests delivered to the application", "requests", tags, DrachtioMeterNames.TAG_METHOD);
        responsesSent = counters(DrachtioMeterNames.RESPONSES_SENT,
                "SIP responses the application sent to delivered requests", "responses", tags,
                DrachtioMeterNames.TAG_METHOD, DrachtioMeterNames.TAG_STATUS_CLASS);
        proxyOutcomes = counters(DrachtioMeterNames.PROXY_COMPLETED,
                "Proxy operations that ended, by outcome and best final status", "operations", tags,
                DrachtioMeterNames.TAG_OUTCOME, DrachtioMeterNames.TAG_STATUS_CLASS);
        uacRequests = counters(DrachtioMeterNames.UAC_REQUESTS, "SIP requests the application sent (UAC)",
                "requests", tags, DrachtioMeterNames.TAG_METHOD);
        uacResponses = counters(DrachtioMeterNames.UAC_RESPONSES,
                "SIP responses received to requests the application sent (UAC)", "responses", tags,
                DrachtioMeterNames.TAG_METHOD, DrachtioMeterNames.TAG_STATUS);
    }

    private Counter counter(String name, String description, String unit, Tags tags) {
        return Counter.builder(name).description(description).baseUnit(unit).tags(tags).register(registry);
    }

    /** @return counters of one name, one per value of {@code key} */
    private MeterFamily<Counter> counters(String name, String description, String unit, Tags tags, String key) {
        return new MeterFamily<>(value -> counter(name, description, unit, tags.and(key, value)));
    }

    /** @return counters of one name, one per value of {@code key} and then of {@code nestedKey} */
    private MeterFamily<MeterFamily<Counter>> counters(String name, String description, String unit, Tags tags,
            String key, String nestedKey) {
        return new MeterFamily<>(value -> counters(name, description, unit, tags.and(key, value), nestedKey));
    }
}
