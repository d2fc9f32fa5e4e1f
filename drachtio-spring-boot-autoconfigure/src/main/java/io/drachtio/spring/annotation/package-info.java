/**
 * Annotations of SIP handlers: {@link io.drachtio.spring.annotation.SipController} beans with
 * {@link io.drachtio.spring.annotation.SipRequestMapping} methods (and per-method shortcuts such as
 * {@link io.drachtio.spring.annotation.Invite}), argument annotations such as
 * {@link io.drachtio.spring.annotation.SipHeader}, and exception handlers.
 */
package io.drachtio.spring.annotation;
