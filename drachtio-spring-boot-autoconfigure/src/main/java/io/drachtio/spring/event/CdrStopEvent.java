package io.drachtio.spring.event;

import io.drachtio.client.CdrRecord;

/** A call ended (cdr:stop). */
public class CdrStopEvent extends DrachtioCdrEvent {

    private static final long serialVersionUID = 1L;

    /** @param record the record */
    public CdrStopEvent(CdrRecord record) {
        super(record);
    }
}
