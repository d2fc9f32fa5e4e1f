package io.drachtio.spring.actuate.metrics;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.ConnectionState;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.ProxyResult;
import io.drachtio.spring.observation.SipTagValues;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the client's traffic as Micrometer meters (names in {@link DrachtioMeterNames}): frames and
 * bytes, delivered requests and the responses sent, proxy outcomes, UAC requests and responses, pings,
 * reconnects and connection states. Add it to the client with
 * {@link io.drachtio.client.DrachtioClient.Builder#observer}; the starter does that when a
 * {@link MeterRegistry} is present.
 *
 * <p>The hooks run on event-loop threads: after a meter's first use they only look it up in a map and
 * update it.
 */
public final class DrachtioClientMetrics implements ClientObserver {

    /** {@code outcome} of a proxy operation a target answered with a 2xx. */
    public static final String OUTCOME_CONNECTED = "connected";
    /** {@code outcome} of a proxy operation whose best final response was not a 2xx. */
    public static final String OUTCOME_REJECTED = "rejected";
    /** {@code outcome} of a proxy operation no target answered finally. */
    public static final String OUTCOME_UNANSWERED = "unanswered";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, ConnectionMeters> byConnection = new ConcurrentHashMap<>();
    private final ConnectionStateGauges states;

    /** @param registry where the meters are registered */
    public DrachtioClientMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.states = new ConnectionStateGauges(registry);
    }

    @Override
    public void frameReceived(String connection, int bytes) {
        ConnectionMeters meters = meters(connection);
        meters.framesReceived.increment();
        meters.bytesReceived.increment(bytes);
    }

    @Override
    public void frameSent(String connection, int bytes) {
        ConnectionMeters meters = meters(connection);
        meters.framesSent.increment();
        meters.bytesSent.increment(bytes);
    }

    @Override
    public void requestReceived(IncomingRequest request) {
        meters(request.meta().connection()).requestsReceived.get(SipTagValues.method(request.method())).increment();
    }

    @Override
    public void responseSent(IncomingRequest request, int status) {
        meters(request.meta().connection()).responsesSent.get(SipTagValues.method(request.method()))
                .get(SipTagValues.statusClass(status)).increment();
    }

    @Override
    public void proxyCompleted(IncomingRequest request, ProxyResult result) {
        int status = result.finalStatus();
        String outcome = status == 0 ? OUTCOME_UNANSWERED : result.connected() ? OUTCOME_CONNECTED : OUTCOME_REJECTED;
        meters(request.meta().connection()).proxyOutcomes.get(outcome).get(SipTagValues.statusClass(status))
                .increment();
    }

    @Override
    public void requestSent(String connection, String method) {
        meters(connection).uacRequests.get(SipTagValues.method(method)).increment();
    }

    @Override
    public void responseReceived(String connection, String method, int status) {
        meters(connection).uacResponses.get(SipTagValues.method(method)).get(SipTagValues.status(status)).increment();
    }

    @Override
    public void pingCompleted(String connection, Duration roundTrip) {
        meters(connection).ping.record(roundTrip);
    }

    @Override
    public void stateChanged(String connection, ConnectionState state) {
        states.changed(connection, state);
        if (state == ConnectionState.RECONNECTING) {
            meters(connection).reconnects.increment();
        }
        if (state == ConnectionState.CLOSED && SipTagValues.isAcceptedConnection(connection)) {
            byConnection.remove(connection);
        }
    }

    private ConnectionMeters meters(String connection) {
        ConnectionMeters meters = byConnection.get(connection);
        return meters != null ? meters
                : byConnection.computeIfAbsent(connection, name -> new ConnectionMeters(registry,
                        SipTagValues.connection(name)));
    }
}
