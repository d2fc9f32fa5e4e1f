/**
 * The stateful proxy core (RFC 3261 §16) with drachtio-server's semantics: serial or simultaneous
 * forking to 1–10 destinations, Max-Forwards, Record-Route, pre-loaded Route removal, provisional
 * responses forwarded upstream, best-response selection, redirects, provisional timeouts and CANCEL;
 * plus stateless relaying of requests and responses in record-routed dialogs.
 */
package io.drachtio.embedded.sip.proxy;
