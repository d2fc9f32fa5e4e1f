/**
 * SIP messages: {@link io.drachtio.sip.SipMessage} with its {@link io.drachtio.sip.SipRequest}
 * and {@link io.drachtio.sip.SipResponse} forms, the ordered {@link io.drachtio.sip.SipHeaders},
 * parsing ({@link io.drachtio.sip.SipMessageParser}, lazy and fast, or strict for network input),
 * building ({@link io.drachtio.sip.SipRequestBuilder}, {@link io.drachtio.sip.SipResponseBuilder})
 * and the single error type {@link io.drachtio.sip.SipParseException}. Plain JDK only.
 */
package io.drachtio.sip;
