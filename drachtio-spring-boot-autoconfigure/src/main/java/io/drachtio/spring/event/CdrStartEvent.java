package io.drachtio.spring.event;

import io.drachtio.client.CdrRecord;

/** A call started (cdr:start). */
public class CdrStartEvent extends DrachtioCdrEvent {

    private static final long serialVersionUID = 1L;

    /** @param record the record */
    public CdrStartEvent(CdrRecord record) {
        super(record);
    }
}
