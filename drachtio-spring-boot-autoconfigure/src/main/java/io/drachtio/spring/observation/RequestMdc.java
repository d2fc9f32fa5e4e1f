package io.drachtio.spring.observation;

import org.slf4j.MDC;

/**
 * Puts the Call-ID and the transaction id of the request being handled into the SLF4J MDC, as
 * {@value #CALL_ID} and {@value #TRANSACTION_ID}, until the returned scope closes; closing restores
 * what the thread had before (nothing, usually), so nested scopes on one thread are safe.
 */
public final class RequestMdc {

    /** MDC key of the Call-ID. */
    public static final String CALL_ID = "drachtio.callId";

    /** MDC key of the drachtio server's transaction id. */
    public static final String TRANSACTION_ID = "drachtio.transactionId";

    private RequestMdc() {
    }

    /**
     * @param callId        the Call-ID, or {@code null}
     * @param transactionId the transaction id, or {@code null}
     * @return the scope; close it on the same thread
     */
    public static Restore put(String callId, String transactionId) {
        Restore restore = new Restore(MDC.get(CALL_ID), MDC.get(TRANSACTION_ID));
        set(CALL_ID, callId);
        set(TRANSACTION_ID, transactionId);
        return restore;
    }

    private static void set(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Restores the MDC values a {@link #put} replaced. */
    public static final class Restore implements AutoCloseable {
        private final String callId;
        private final String transactionId;

        private Restore(String callId, String transactionId) {
            this.callId = callId;
            this.transactionId = transactionId;
        }

        /** Puts back the previous values (removing the keys when there were none). */
        @Override
        public void close() {
            set(CALL_ID, callId);
            set(TRANSACTION_ID, transactionId);
        }
    }
}
