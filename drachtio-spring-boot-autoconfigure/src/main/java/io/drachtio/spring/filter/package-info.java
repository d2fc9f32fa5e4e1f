/**
 * Filters around SIP handlers: {@link io.drachtio.spring.filter.SipFilter} beans form an ordered chain
 * that can answer a request early or pass it on to the handler.
 */
package io.drachtio.spring.filter;
