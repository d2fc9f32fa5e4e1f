package io.drachtio.embedded.control;

import io.drachtio.embedded.sip.SipCore;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.testserver.engine.Cdrs;
import io.drachtio.testserver.engine.ControlConnection;
import io.drachtio.testserver.engine.ControlPlane;
import io.drachtio.testserver.stack.ClientHeaders;
import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.MessageMeta;
import io.drachtio.wire.Source;
import java.net.InetSocketAddress;

/**
 * What the parts of the control side share: the control-protocol state, the SIP stack's operations,
 * the ownership tables and the CDR emitter, with the conversions between the stack's addresses and the
 * meta blocks of the protocol.
 *
 * @param plane  connections, routes, frames, settings
 * @param core   the SIP stack's operations
 * @param owners who owns which request, dialog and INVITE
 * @param cdrs   the CDR emitter
 */
record ControlParts(ControlPlane plane, SipCore core, Owners owners, Cdrs cdrs) {

    /** Returns the protocol-side view of a stack destination. */
    static SipEndpoint endpoint(Destination destination) {
        InetSocketAddress address = destination.address();
        return new SipEndpoint(destination.transport().lowerCaseName(), address.getAddress().getHostAddress(),
                address.getPort());
    }

    /** Returns where a received message came from. */
    static SipEndpoint endpoint(ReceivedMessage received) {
        return endpoint(received.source());
    }

    /** Builds the meta block of a message from the network. */
    MessageMeta networkMeta(ReceivedMessage received) {
        return plane.frames().meta(Source.NETWORK, received.size(), endpoint(received));
    }

    /** Builds the meta block of a request the server sent to a peer (R1, unsolicited BYE). */
    MessageMeta sentRequestMeta(byte[] sip, Destination peer) {
        return plane.frames().meta(Source.APPLICATION, sip.length, plane.reportedAddressOfRequestTo(endpoint(peer)));
    }

    /** Returns the header rules for messages sent on a transport. */
    ClientHeaders rulesFor(String protocol) {
        return new ClientHeaders(plane.settings().sipEndpoint(protocol));
    }

    /** Sends a NOK reply to a command. */
    void fail(ControlConnection connection, String commandId, String text) {
        plane.fail(connection, commandId, text);
    }
}
