package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.HeaderNames;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipMethod;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with input that strict parsing rejected (RFC 3261 §8.2, §16.3; the RFC 4475 invalid set): a
 * request whose Via, From, To, Call-ID and CSeq are still readable is answered {@code 400} with the parse
 * reason in the reason phrase, sent straight back to its source; anything else (responses, ACKs,
 * unreadable requests) is dropped. Each case writes exactly one log line. Nothing reaches the TU.
 */
public final class MalformedMessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedMessageHandler.class);
    private static final int MAX_REASON_LENGTH = 120;

    private final MessageSender sender;
    private final IdGenerator ids;

    /**
     * Creates the handler.
     *
     * @param sender sends the 400 responses
     * @param ids    generates the To-tag of the 400
     */
    public MalformedMessageHandler(MessageSender sender, IdGenerator ids) {
        this.sender = sender;
        this.ids = ids;
    }

    /**
     * Answers or drops one rejected message.
     *
     * @param bytes     the message as received
     * @param error     why strict parsing rejected it
     * @param transport the transport it arrived on
     * @param source    where it came from
     */
    public void handle(byte[] bytes, SipParseException error, Transport transport, InetSocketAddress source) {
        SipResponse badRequest = badRequestFor(bytes, error.reason());
        Destination destination = new Destination(transport, source);
        if (badRequest == null) {
            LOG.warn("Dropped malformed SIP message ({} bytes) from {}: {}", bytes.length, destination,
                    error.getMessage());
            return;
        }
        LOG.warn("Answered malformed SIP request from {} with 400: {}", destination, error.getMessage());
        sender.send(badRequest, destination);
    }

    /** Builds the 400 for a request that can still be answered, or returns null. */
    private SipResponse badRequestFor(byte[] bytes, String reason) {
        try {
            SipMessage lenient = SipMessageParser.parse(bytes);
            if (!(lenient instanceof SipRequest request) || SipMethod.ACK.equals(request.method())
                    || !answerable(request)) {
                return null;
            }
            SipResponse response = SipResponse.forRequest(request, 400, reasonPhrase(reason));
            if (request.to().tag() == null) {
                response.headers().set(HeaderNames.TO, request.header(HeaderNames.TO) + ";tag=" + ids.tag());
            }
            return response;
        } catch (SipParseException unreadable) {
            return null;
        }
    }

    private static boolean answerable(SipRequest request) {
        return !request.vias().isEmpty() && request.from() != null && request.to() != null
                && request.callId() != null && request.cseq() != null;
    }

    /** "Bad Request - reason", limited to printable characters so the status line stays valid. */
    static String reasonPhrase(String reason) {
        StringBuilder phrase = new StringBuilder("Bad Request - ");
        String text = reason == null ? "malformed message" : reason;
        for (int i = 0; i < text.length() && phrase.length() < MAX_REASON_LENGTH; i++) {
            char c = text.charAt(i);
            phrase.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return phrase.toString();
    }
}
