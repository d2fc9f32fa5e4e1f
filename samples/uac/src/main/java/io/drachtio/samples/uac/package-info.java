/**
 * A UAC: pings a SIP target with OPTIONS at start-up and at a fixed interval, and places calls
 * (INVITE with SDP, ACK, BYE after a duration, or CANCEL when unanswered) through a small HTTP API.
 */
package io.drachtio.samples.uac;
