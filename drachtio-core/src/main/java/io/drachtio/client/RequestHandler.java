package io.drachtio.client;

/**
 * Receives the requests the drachtio server delivers: new requests for routed verbs and requests
 * inside dialogs (BYE, re-INVITE, INFO, PRACK, ACK, …). CANCELs are not delivered here (see
 * {@link IncomingRequest#cancelled()}), nor are unsolicited requests (see
 * {@link DrachtioClient.Builder#unsolicitedListener}).
 *
 * <p>Called on a Netty event-loop thread: implementations must not block; hand blocking work to
 * another executor.
 */
@FunctionalInterface
public interface RequestHandler {

    /** @param request the delivered request; it must be answered (except ACK) */
    void handle(IncomingRequest request);
}
