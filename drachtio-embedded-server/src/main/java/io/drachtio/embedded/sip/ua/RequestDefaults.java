package io.drachtio.embedded.sip.ua;

import io.drachtio.embedded.sip.message.MessageRewrite;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.LocalEndpoint;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipRequest;

/**
 * Completes a TU's request outside a dialog the way drachtio-server does (its §8.3): any Via removed
 * (the stack adds its own), Max-Forwards 70, From {@code <sip:host:port>} with a 13-character tag (a tag
 * added to a given From without one), To = the Request-URI, a UUID Call-ID, a random 9-digit CSeq, and
 * for INVITE and SUBSCRIBE a Contact {@code <sip:host:port>} — each only when the TU did not supply it.
 */
final class RequestDefaults {

    private RequestDefaults() {
    }

    static SipRequest complete(SipRequest request, Transport transport, LocalEndpoint local, IdGenerator ids) {
        MessageRewrite rewrite = MessageRewrite.of(request).remove(HeaderNames.VIA);
        String localUri = "<" + local.uri(transport) + ">";
        if (!request.hasHeader(HeaderNames.MAX_FORWARDS)) {
            rewrite.set(HeaderNames.MAX_FORWARDS, "70");
        }
        if (!request.hasHeader(HeaderNames.FROM)) {
            rewrite.set(HeaderNames.FROM, localUri + ";tag=" + ids.tag());
        } else if (request.from().tag() == null) {
            rewrite.set(HeaderNames.FROM, request.header(HeaderNames.FROM) + ";tag=" + ids.tag());
        }
        if (!request.hasHeader(HeaderNames.TO)) {
            rewrite.set(HeaderNames.TO, "<" + request.requestUri() + ">");
        }
        if (!request.hasHeader(HeaderNames.CALL_ID)) {
            rewrite.set(HeaderNames.CALL_ID, ids.uuid());
        }
        if (!request.hasHeader(HeaderNames.CSEQ)) {
            rewrite.set(HeaderNames.CSEQ, ids.cseq() + " " + request.method());
        }
        boolean needsContact = SipMethod.INVITE.equals(request.method()) || SipMethod.SUBSCRIBE.equals(request.method());
        if (needsContact && !request.hasHeader(HeaderNames.CONTACT)) {
            rewrite.set(HeaderNames.CONTACT, localUri);
        }
        return rewrite.toRequest();
    }
}
