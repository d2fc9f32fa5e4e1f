package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.net.InetSocketAddress;

/**
 * A SIP message that arrived from the network and passed strict parsing, with where it came from.
 *
 * @param message   the parsed message (for requests the top Via already carries {@code received}/{@code rport})
 * @param transport the transport it arrived on
 * @param remote    the address and port it came from
 * @param local     the local address and port it arrived at
 * @param size      the size in bytes as received
 */
public record ReceivedMessage(SipMessage message, Transport transport, InetSocketAddress remote,
                              InetSocketAddress local, int size) {

    /**
     * Returns the message as a request.
     *
     * @return the request
     * @throws ClassCastException when the message is a response
     */
    public SipRequest request() {
        return (SipRequest) message;
    }

    /**
     * Returns the message as a response.
     *
     * @return the response
     * @throws ClassCastException when the message is a request
     */
    public SipResponse response() {
        return (SipResponse) message;
    }

    /**
     * Returns the destination that sends back to where this message came from, on the same transport.
     *
     * @return the source as a destination
     */
    public Destination source() {
        return new Destination(transport, remote);
    }
}
