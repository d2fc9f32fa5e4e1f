package io.drachtio.client;

import io.drachtio.sip.SipRequest;
import io.drachtio.wire.MessageMeta;

/**
 * A request the server confirmed it sent (its R1 echo): the request exactly as it went on the
 * wire, with the Via, From tag, Call-ID and CSeq the server filled in.
 *
 * @param transactionId the server's id for this client transaction
 * @param message       the request as sent
 * @param meta          the server's meta data about the send
 */
public record SentRequest(String transactionId, SipRequest message, MessageMeta meta) {

    /** @return the Call-ID */
    public String callId() {
        return message.callId();
    }

    /** @return the From tag */
    public String fromTag() {
        return message.from().tag();
    }
}
