package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.SipRequest;
import java.net.InetSocketAddress;

/**
 * Turns the bytes of one message (a datagram or a TCP frame) into a {@link ReceivedMessage}: strict
 * parsing, {@code received}/{@code rport} stamping of requests, hand-over to the listener. Rejected input
 * goes to the {@link MalformedMessageHandler}; a datagram of only CR/LF (a keep-alive) is ignored.
 */
public final class InboundProcessor {

    private final InboundMessageListener listener;
    private final MalformedMessageHandler malformed;

    /**
     * Creates the processor.
     *
     * @param listener  receives every accepted message
     * @param malformed deals with rejected input
     */
    public InboundProcessor(InboundMessageListener listener, MalformedMessageHandler malformed) {
        this.listener = listener;
        this.malformed = malformed;
    }

    /**
     * Processes one message.
     *
     * @param bytes     the bytes of the message
     * @param transport the transport it came on
     * @param remote    its source
     * @param local     the local address it arrived at
     */
    public void process(byte[] bytes, Transport transport, InetSocketAddress remote, InetSocketAddress local) {
        if (isKeepAlive(bytes)) {
            return;
        }
        SipMessage message;
        try {
            message = SipMessageParser.parseStrict(bytes);
            if (message instanceof SipRequest request) {
                ViaStamp.stamp(request, remote);
            }
        } catch (SipParseException error) {
            malformed.handle(bytes, error, transport, remote);
            return;
        }
        listener.onMessage(new ReceivedMessage(message, transport, remote, local, bytes.length));
    }

    private static boolean isKeepAlive(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
