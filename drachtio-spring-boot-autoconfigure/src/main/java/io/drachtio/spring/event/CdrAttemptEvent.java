package io.drachtio.spring.event;

import io.drachtio.client.CdrRecord;

/** A call was attempted (cdr:attempt). */
public class CdrAttemptEvent extends DrachtioCdrEvent {

    private static final long serialVersionUID = 1L;

    /** @param record the record */
    public CdrAttemptEvent(CdrRecord record) {
        super(record);
    }
}
