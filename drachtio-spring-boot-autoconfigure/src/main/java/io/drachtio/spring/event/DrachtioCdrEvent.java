package io.drachtio.spring.event;

import io.drachtio.client.CdrRecord;
import io.drachtio.wire.CdrKind;
import org.springframework.context.ApplicationEvent;

/**
 * A call detail record the server pushed. Listen for this type to get every kind, or for
 * {@link CdrAttemptEvent}, {@link CdrStartEvent} or {@link CdrStopEvent}; the starter asks the server
 * only for the kinds some listener wants (see {@code drachtio.cdr.kinds}).
 */
public abstract class DrachtioCdrEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    /** @param record the record */
    protected DrachtioCdrEvent(CdrRecord record) {
        super(record);
    }

    /**
     * @param record a record
     * @return the event of its kind
     */
    public static DrachtioCdrEvent of(CdrRecord record) {
        return switch (record.kind()) {
            case ATTEMPT -> new CdrAttemptEvent(record);
            case START -> new CdrStartEvent(record);
            case STOP -> new CdrStopEvent(record);
        };
    }

    /**
     * @param kind a CDR kind
     * @return the event class published for it
     */
    public static Class<? extends DrachtioCdrEvent> eventType(CdrKind kind) {
        return switch (kind) {
            case ATTEMPT -> CdrAttemptEvent.class;
            case START -> CdrStartEvent.class;
            case STOP -> CdrStopEvent.class;
        };
    }

    /** @return the record */
    public CdrRecord record() {
        return (CdrRecord) getSource();
    }
}
