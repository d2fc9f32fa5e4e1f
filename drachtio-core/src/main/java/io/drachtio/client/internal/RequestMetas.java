package io.drachtio.client.internal;

import io.drachtio.client.RequestMeta;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.SipEvent;

/** Builds the {@link RequestMeta} of a delivered request from its {@code sip} message. */
final class RequestMetas {

    private RequestMetas() {
    }

    static RequestMeta of(SipEvent event, String connection) {
        MessageMeta meta = event.meta();
        Integer receivedOnPort = event.receivedOnPort();
        return new RequestMeta(WireValues.source(meta.source()), meta.protocol(), meta.address(), meta.port(),
                meta.time(), event.transactionId(), WireValues.emptyToNull(event.dialogId()),
                WireValues.emptyToNull(event.receivedOnAddress()), receivedOnPort == null ? -1 : receivedOnPort,
                connection);
    }
}
