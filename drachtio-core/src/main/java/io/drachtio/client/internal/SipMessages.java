package io.drachtio.client.internal;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;

/** Parses the SIP part of server replies (the echo of what the server sent). */
final class SipMessages {

    private SipMessages() {
    }

    /** @return the echoed request; {@code SipParseException} when it is none */
    static SipRequest request(byte[] sip) {
        return SipMessageParser.parseRequest(sip);
    }

    /** @return the echoed response; {@code SipParseException} when it is none */
    static SipResponse response(byte[] sip) {
        return SipMessageParser.parseResponse(sip);
    }
}
