/**
 * The drachtio client: connections to drachtio-server (inbound and outbound), incoming requests
 * and their response channels (UAS), outgoing requests (UAC), proxying and CDRs.
 *
 * <p>Everything asynchronous is a Reactor {@code Mono} (one result) or {@code Flux} (a stream of
 * results). Operations on a request or dialog always go back through the connection the request
 * or dialog came from.
 */
package io.drachtio.client;
