/**
 * What SIP handlers return: the {@link io.drachtio.spring.reply.SipReply} description of a response
 * and the {@code HandlerMethodReturnValueHandler}s that send status codes, replies and complete
 * responses, or accept that the handler already answered or proxied.
 */
package io.drachtio.spring.reply;
