/**
 * Time for the SIP stack: the {@link io.drachtio.embedded.sip.time.SipScheduler} every timer of the
 * stack runs on, its Netty implementation, a virtual clock for tests, and the RFC 3261 timer values.
 */
package io.drachtio.embedded.sip.time;
