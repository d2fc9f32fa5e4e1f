/**
 * Sample application: a UAS that plays early media reliably. An INVITE that supports 100rel gets a
 * reliable {@code 183 Session Progress} with SDP, its PRACK is answered, and the INVITE is answered
 * {@code 200 OK} with SDP after {@code uas.answer-delay}; an INVITE without 100rel gets
 * {@code 180 Ringing} and then the 200. Everything runs as one non-blocking Reactor chain per call.
 */
package io.drachtio.samples.uas100rel;
