package io.drachtio.embedded.sip.transport;

import io.drachtio.sip.SipMessage;
import java.util.concurrent.CompletableFuture;

/** Sends SIP messages to resolved destinations; what the transaction layer needs from the transport. */
@FunctionalInterface
public interface MessageSender {

    /**
     * Sends a message. Over TCP an existing connection to the address is reused, otherwise one is opened.
     *
     * @param message     the message, serialised with {@link SipMessage#toBytes()}
     * @param destination where to send it
     * @return completes when the bytes were handed to the socket, or exceptionally with a
     *         {@link TransportException} when that failed; never left pending
     */
    CompletableFuture<Void> send(SipMessage message, Destination destination);
}
