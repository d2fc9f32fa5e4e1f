/**
 * The emulated drachtio-server: control connections and their routes, the transactions and
 * dialogs it keeps, what it does with each client command (§5), what it does on its own (§8:
 * 503 without a route, CANCEL handling, ACK timeout, auto-ACK of non-2xx), proxying (§9) and CDRs
 * (§6.3). All state is confined to one Netty event loop; the public API of the test server reaches
 * it through {@link io.drachtio.testserver.engine.EventLoopRunner}. Internal to the test server;
 * not an API.
 */
package io.drachtio.testserver.engine;
