package io.drachtio.client.internal;

import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestHandler;
import java.util.function.Consumer;

/**
 * What every connection of one client shares: where requests, unsolicited requests and CDRs go,
 * the observer, the event stream, the routed verbs and the in-flight counter.
 *
 * @param requestHandler      receives delivered requests
 * @param unsolicitedListener receives requests the server generated itself
 * @param cdrs                receives call detail records
 * @param observer            metrics and tracing hooks
 * @param events              connection events
 * @param routes              the routed verbs
 * @param inFlight            incoming transactions not yet finished
 */
record ClientContext(RequestHandler requestHandler, Consumer<IncomingRequest> unsolicitedListener,
        CdrDispatcher cdrs, ObserverNotifier observer, EventPublisher events, RouteTable routes,
        InFlightTransactions inFlight) {
}
