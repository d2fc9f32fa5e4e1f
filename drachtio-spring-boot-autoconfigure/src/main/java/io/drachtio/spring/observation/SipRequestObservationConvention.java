package io.drachtio.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a handled request. Declare a bean of this type to replace
 * {@link DefaultSipRequestObservationConvention} (or extend it to add key values).
 */
public interface SipRequestObservationConvention extends ObservationConvention<SipRequestObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof SipRequestObservationContext;
    }
}
