/**
 * Argument binding of SIP handler methods through spring-messaging: the
 * {@link io.drachtio.spring.bind.SipExchange} message wrapping each request, the
 * {@code HandlerMethodArgumentResolver}s for requests, headers, URIs, bodies and the client, and the
 * factory of invocable handler methods.
 */
package io.drachtio.spring.bind;
