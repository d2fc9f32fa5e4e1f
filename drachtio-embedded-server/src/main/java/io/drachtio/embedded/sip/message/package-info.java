/**
 * Helpers that derive new SIP messages from existing ones (re-targeting, Via and Route edits) on top of
 * the {@code io.drachtio.sip} message model.
 */
package io.drachtio.embedded.sip.message;
