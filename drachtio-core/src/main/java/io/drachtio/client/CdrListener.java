package io.drachtio.client;

/** Receives call detail records. Called on an event-loop thread: must not block. */
@FunctionalInterface
public interface CdrListener {

    /** @param record the record */
    void onCdr(CdrRecord record);
}
