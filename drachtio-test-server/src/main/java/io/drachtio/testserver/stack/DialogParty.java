package io.drachtio.testserver.stack;

/**
 * One party's view of a dialog, enough to build its in-dialog requests.
 *
 * @param self        where the party is (its Via sent-by)
 * @param selfAddress its name-addr with its tag (the From of its requests)
 * @param peerAddress the other party's name-addr with its tag (the To of its requests)
 * @param callId      the Call-ID
 * @param target      the Request-URI: the other party's Contact
 */
public record DialogParty(SipEndpoint self, String selfAddress, String peerAddress, String callId, String target) {
}
