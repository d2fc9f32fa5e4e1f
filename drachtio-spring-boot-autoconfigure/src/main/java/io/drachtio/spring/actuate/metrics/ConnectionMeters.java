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
        requestsReceived = new MeterFamily<>(method -> counter(DrachtioMeterNames.REQUESTS_RECEIVED,
                "SIP requests delivered to the application", "requests",
                tags.and(DrachtioMeterNames.TAG_METHOD, method)));
        responsesSent = new MeterFamily<>(method -> new MeterFamily<>(statusClass -> counter(
                DrachtioMeterNames.RESPONSES_SENT, "SIP responses the application sent to delivered requests",
                "responses", tags.and(DrachtioMeterNames.TAG_METHOD, method)
                        .and(DrachtioMeterNames.TAG_STATUS_CLASS, statusClass))));
        proxyOutcomes = new MeterFamily<>(outcome -> new MeterFamily<>(statusClass -> counter(
                DrachtioMeterNames.PROXY_COMPLETED, "Proxy operations that ended, by outcome and best final status",
                "operations", tags.and(DrachtioMeterNames.TAG_OUTCOME, outcome)
                        .and(DrachtioMeterNames.TAG_STATUS_CLASS, statusClass))));
        uacRequests = new MeterFamily<>(method -> counter(DrachtioMeterNames.UAC_REQUESTS,
                "SIP requests the application sent (UAC)", "requests",
                tags.and(DrachtioMeterNames.TAG_METHOD, method)));
        uacResponses = new MeterFamily<>(method -> new MeterFamily<>(status -> counter(
                DrachtioMeterNames.UAC_RESPONSES, "SIP responses received to requests the application sent (UAC)",
                "responses", tags.and(DrachtioMeterNames.TAG_METHOD, method)
                        .and(DrachtioMeterNames.TAG_STATUS, status))));
    }

    private Counter counter(String name, String description, String unit, Tags tags) {
        return Counter.builder(name).description(description).baseUnit(unit).tags(tags).register(registry);
    }
}
