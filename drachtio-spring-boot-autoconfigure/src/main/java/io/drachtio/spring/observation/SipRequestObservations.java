package io.drachtio.spring.observation;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Starts the {@link HandledRequest} of each request the dispatcher handles: an
 * {@link SipRequestObservation#HANDLER} observation on the registry (with the custom convention if
 * there is one) plus the MDC values. With a no-op registry ({@link ObservationRegistry#isNoop()}) only the
 * MDC values remain, and nothing else is built per request.
 */
public final class SipRequestObservations {

    private static final SipRequestObservationConvention DEFAULT = new DefaultSipRequestObservationConvention();

    private final ObservationRegistry registry;
    private final SipRequestObservationConvention convention;

    /**
     * @param registry   where observations go ({@link ObservationRegistry#NOOP} for none)
     * @param convention a convention replacing the default one, or {@code null}
     */
    public SipRequestObservations(ObservationRegistry registry, SipRequestObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    /** @return observations that only put the MDC values (no registry) */
    public static SipRequestObservations mdcOnly() {
        return new SipRequestObservations(ObservationRegistry.NOOP, null);
    }

    /**
     * @param request the request being dispatched
     * @param mapping its handler mapping, or {@code null} when none matched
     * @return the started observation and log context
     */
    public HandledRequest start(IncomingRequest request, SipHandlerMapping mapping) {
        if (registry.isNoop()) {
            return new HandledRequest(request, Observation.NOOP);
        }
        Observation observation = SipRequestObservation.HANDLER.observation(convention, DEFAULT,
                () -> new SipRequestObservationContext(request, mapping), registry).start();
        return new HandledRequest(request, observation);
    }
}
