package io.drachtio.client;

import io.drachtio.sip.SipResponse;
import io.drachtio.wire.MessageMeta;

/**
 * A response to a request the application sent. {@code 100 Trying} is never reported (the server
 * absorbs it).
 *
 * @param transactionId the client transaction it belongs to
 * @param dialogId      the dialog id (INVITE/SUBSCRIBE and in-dialog requests), or {@code null}
 * @param message       the response
 * @param meta          where it came from
 */
public record ReceivedResponse(String transactionId, String dialogId, SipResponse message, MessageMeta meta) {

    /** @return the status code */
    public int status() {
        return message.status();
    }

    /** @return {@code true} for 200–699 */
    public boolean isFinal() {
        return message.status() >= 200;
    }

    /** @return {@code true} for a reliable provisional (1xx carrying RSeq) that wants a PRACK */
    public boolean isReliableProvisional() {
        return message.status() > 100 && message.status() < 200 && message.rseq() != null;
    }
}
