package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.transport.ReceivedMessage;

/**
 * The layer above the transactions (the UA core and the proxy core): receives what no existing
 * transaction took. Called on the scheduler thread.
 */
public interface UnmatchedMessageHandler {

    /**
     * A request that matched no server transaction: a new request (the handler creates a server
     * transaction for it, or relays it statelessly) or an ACK for a 2xx.
     *
     * @param request the received request
     */
    void onUnmatchedRequest(ReceivedMessage request);

    /**
     * A response that matched no client transaction: a 2xx retransmission after the INVITE transaction
     * ended, or a response to a request relayed statelessly.
     *
     * @param response the received response
     */
    void onUnmatchedResponse(ReceivedMessage response);
}
