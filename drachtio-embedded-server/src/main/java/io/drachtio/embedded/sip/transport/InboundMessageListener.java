package io.drachtio.embedded.sip.transport;

/** Receives every well-formed message the transport accepted; called on the stack's scheduler thread. */
@FunctionalInterface
public interface InboundMessageListener {

    /**
     * Handles one received message.
     *
     * @param message the message with its origin
     */
    void onMessage(ReceivedMessage message);
}
