package io.drachtio.client;

import io.drachtio.sip.SipResponse;
import io.drachtio.wire.MessageMeta;

/**
 * A response the server confirmed it sent: the response exactly as it went on the wire (with the
 * Via, To-tag and Contact the server added) and the dialog id it belongs to.
 *
 * @param message  the response as sent
 * @param dialogId the dialog id, or {@code null} when the response is not part of a dialog
 * @param meta     the server's meta data about the send
 */
public record SentResponse(SipResponse message, String dialogId, MessageMeta meta) {

    /** @return the status code */
    public int status() {
        return message.status();
    }
}
