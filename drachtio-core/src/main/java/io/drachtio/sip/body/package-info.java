/**
 * Message bodies with structure: {@link io.drachtio.sip.body.MultipartBody} splits a
 * {@code multipart/*} body into {@link io.drachtio.sip.body.BodyPart}s (RFC 2046), binary-safe.
 */
package io.drachtio.sip.body;
