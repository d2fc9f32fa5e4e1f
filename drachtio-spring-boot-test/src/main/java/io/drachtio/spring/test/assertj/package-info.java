/**
 * AssertJ assertions on SIP messages for tests of drachtio applications: {@link
 * io.drachtio.spring.test.assertj.SipAssertions#assertThat(io.drachtio.sip.SipResponse)} for responses
 * (status, reason, headers, body, reliable provisionals) and requests (method, Request-URI, headers,
 * body, digest credentials).
 */
package io.drachtio.spring.test.assertj;
