package io.drachtio.client.internal;

import io.drachtio.client.IncomingRequest;
import io.drachtio.sip.SipRequest;
import reactor.core.publisher.Sinks;

/**
 * What may follow a delivered request: its CANCEL, the ACK of a 2xx to an INVITE and the PRACK of a
 * reliable provisional. Most requests never see any of them and nobody waits for them, so a
 * {@link DefaultIncomingRequest} creates this only when someone asks for one or one arrives.
 */
final class RequestSignals {

    /** Completes with the CANCEL, or never. */
    final Sinks.One<SipRequest> cancelled = Sinks.one();

    /** Completes with the ACK, empty when none will come, or with the error that ended the wait. */
    final Sinks.One<IncomingRequest> ack = Sinks.one();

    /** The wait for the PRACK of the latest reliable provisional; replaced for each new one. */
    volatile Sinks.One<IncomingRequest> prack = Sinks.one();
}
