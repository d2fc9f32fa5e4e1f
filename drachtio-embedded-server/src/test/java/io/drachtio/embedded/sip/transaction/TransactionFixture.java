package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingSender;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.time.VirtualScheduler;
import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.IdGenerator;
import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.embedded.sip.transport.ViaText;
import io.drachtio.sip.SipRequest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** A transaction layer on a virtual clock with a recording transport; new requests get transactions. */
class TransactionFixture implements UnmatchedMessageHandler {

    final VirtualScheduler clock = new VirtualScheduler();
    final RecordingSender sender = new RecordingSender();
    final TransactionLayer layer = new TransactionLayer(clock, TimerSettings.DEFAULT, sender, new IdGenerator());
    final List<ServerTransaction> created = new ArrayList<>();
    final List<ReceivedMessage> unmatchedRequests = new ArrayList<>();
    final List<ReceivedMessage> unmatchedResponses = new ArrayList<>();

    TransactionFixture() {
        layer.unmatchedMessageHandler(this);
    }

    @Override
    public void onUnmatchedRequest(ReceivedMessage request) {
        if (request.request().method().equals("ACK")) {
            unmatchedRequests.add(request);
        } else {
            created.add(layer.createServerTransaction(request));
        }
    }

    @Override
    public void onUnmatchedResponse(ReceivedMessage response) {
        unmatchedResponses.add(response);
    }

    ServerTransaction receive(ReceivedMessage request) {
        int before = created.size();
        layer.onMessage(request);
        return created.size() > before ? created.get(created.size() - 1) : null;
    }

    /** A request from the stack to the peer, with the stack's Via. */
    static SipRequest outgoing(String method, Transport transport, String branch) {
        return Messages.request(
                method + " sip:bob@127.0.0.1:5061 SIP/2.0",
                "Via: " + ViaText.ownVia(transport, "127.0.0.1", 5060, branch),
                "Max-Forwards: 70",
                "From: <sip:127.0.0.1:5060>;tag=local-tag",
                "To: <sip:bob@127.0.0.1:5061>",
                "Call-ID: out-" + branch,
                "CSeq: 10 " + method,
                "Content-Length: 0");
    }

    static Destination peer(Transport transport) {
        return new Destination(transport, Messages.PEER);
    }

    static Destination unreachable() {
        return new Destination(Transport.TCP, new InetSocketAddress("127.0.0.1", RecordingSender.UNREACHABLE_PORT));
    }
}
