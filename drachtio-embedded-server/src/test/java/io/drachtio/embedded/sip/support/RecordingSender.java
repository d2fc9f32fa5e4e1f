package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.transport.Destination;
import io.drachtio.embedded.sip.transport.MessageSender;
import io.drachtio.embedded.sip.transport.TransportException;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A transport for state-machine tests: records what would be sent; sends to port 9 fail. */
public final class RecordingSender implements MessageSender {

    /** Sends to this port fail with a transport error. */
    public static final int UNREACHABLE_PORT = 9;

    /** One recorded send. */
    public record Sent(SipMessage message, Destination destination) {
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public CompletableFuture<Void> send(SipMessage message, Destination destination) {
        if (destination.address().getPort() == UNREACHABLE_PORT) {
            return CompletableFuture.failedFuture(new TransportException("connection refused", null));
        }
        sent.add(new Sent(message, destination));
        return CompletableFuture.completedFuture(null);
    }

    /** Every message sent so far. */
    public List<Sent> all() {
        return sent;
    }

    /** The requests sent with this method. */
    public List<SipRequest> requests(String method) {
        List<SipRequest> requests = new ArrayList<>();
        for (Sent s : sent) {
            if (s.message() instanceof SipRequest request && request.method().equals(method)) {
                requests.add(request);
            }
        }
        return requests;
    }

    /** The responses sent with this status. */
    public List<SipResponse> responses(int status) {
        List<SipResponse> responses = new ArrayList<>();
        for (Sent s : sent) {
            if (s.message() instanceof SipResponse response && response.status() == status) {
                responses.add(response);
            }
        }
        return responses;
    }

    /** The last message sent. */
    public SipMessage last() {
        return sent.get(sent.size() - 1).message();
    }

    /** Forgets what was recorded. */
    public void clear() {
        sent.clear();
    }
}
