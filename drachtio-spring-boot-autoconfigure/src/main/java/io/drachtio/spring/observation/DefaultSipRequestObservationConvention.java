package io.drachtio.spring.observation;

import io.drachtio.spring.observation.SipRequestObservation.HighCardinalityKeyNames;
import io.drachtio.spring.observation.SipRequestObservation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of a handled request's observation: name {@value #NAME} (a timer of that
 * name, and a span named {@code sip <METHOD>}), low-cardinality {@code method}, {@code status.class},
 * {@code handler}, {@code exception}; high-cardinality Call-ID and transaction id.
 */
public class DefaultSipRequestObservationConvention implements SipRequestObservationConvention {

    /** The observation's (and timer's) name. */
    public static final String NAME = "drachtio.handler";

    /** The value of {@code handler} and {@code exception} when there is none. */
    public static final String NONE = "none";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(SipRequestObservationContext context) {
        return "sip " + SipTagValues.method(context.getRequest().method());
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SipRequestObservationContext context) {
        Throwable error = context.getError();
        return KeyValues.of(
                KeyValue.of(LowCardinalityKeyNames.METHOD, SipTagValues.method(context.getRequest().method())),
                KeyValue.of(LowCardinalityKeyNames.STATUS_CLASS, SipTagValues.statusClass(context.getFinalStatus())),
                KeyValue.of(LowCardinalityKeyNames.HANDLER, context.getHandler() == null ? NONE : context.getHandler()),
                KeyValue.of(LowCardinalityKeyNames.EXCEPTION, error == null ? NONE : exceptionName(error)));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(SipRequestObservationContext context) {
        String callId = context.getRequest().callId();
        String transactionId = context.getRequest().transactionId();
        return KeyValues.of(KeyValue.of(HighCardinalityKeyNames.CALL_ID, callId == null ? "" : callId),
                KeyValue.of(HighCardinalityKeyNames.TRANSACTION_ID, transactionId == null ? "" : transactionId));
    }

    private static String exceptionName(Throwable error) {
        String simple = error.getClass().getSimpleName();
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }
}
