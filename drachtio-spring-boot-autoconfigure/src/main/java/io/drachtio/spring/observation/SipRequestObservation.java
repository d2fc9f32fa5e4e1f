package io.drachtio.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observation of a handled SIP request: its name and key names. */
public enum SipRequestObservation implements ObservationDocumentation {

    /** One request, from delivery until its handler and the return-value handling completed. */
    HANDLER {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultSipRequestObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeyNames.values();
        }
    };

    /** Key values with a bounded set of values: they tag the timer. */
    public enum LowCardinalityKeyNames implements KeyName {

        /** The SIP method; {@code OTHER} for non-standard methods. */
        METHOD {
            @Override
            public String asString() {
                return "method";
            }
        },
        /** {@code 1xx} … {@code 6xx} of the final response the application sent; {@code NONE} without one. */
        STATUS_CLASS {
            @Override
            public String asString() {
                return "status.class";
            }
        },
        /** The handler ({@code Type#method}); {@code none} when no handler matched. */
        HANDLER {
            @Override
            public String asString() {
                return "handler";
            }
        },
        /** The simple class name of the failure; {@code none} when the handling did not fail. */
        EXCEPTION {
            @Override
            public String asString() {
                return "exception";
            }
        }
    }

    /** Key values with unbounded values: only on spans. */
    public enum HighCardinalityKeyNames implements KeyName {

        /** The Call-ID. */
        CALL_ID {
            @Override
            public String asString() {
                return "drachtio.callId";
            }
        },
        /** The drachtio server's transaction id. */
        TRANSACTION_ID {
            @Override
            public String asString() {
                return "drachtio.transactionId";
            }
        }
    }
}
