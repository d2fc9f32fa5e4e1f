/**
 * Dispatching delivered requests to SIP handlers: the {@link io.drachtio.spring.dispatch.SipDispatcher}
 * (the client's request handler), the per-Call-ID serial execution, return-value and failure handling,
 * and the default answers.
 */
package io.drachtio.spring.dispatch;
