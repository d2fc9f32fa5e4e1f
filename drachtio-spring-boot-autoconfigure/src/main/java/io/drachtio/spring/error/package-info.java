/**
 * Error handling of SIP handlers: {@link io.drachtio.spring.error.SipException} (answer with a status),
 * and the lookup of {@code @SipExceptionHandler} methods in controllers and advice beans.
 */
package io.drachtio.spring.error;
