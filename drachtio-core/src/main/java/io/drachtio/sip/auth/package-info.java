/**
 * HTTP Digest authentication for SIP (RFC 2617, RFC 7616, RFC 3261 §22): the response math, the
 * client side (answering a {@code WWW-Authenticate} / {@code Proxy-Authenticate} challenge) and the
 * server side (verifying {@code Authorization} / {@code Proxy-Authorization} credentials, writing
 * challenges with {@link io.drachtio.sip.auth.DigestChallengeBuilder}, issuing and checking nonces with
 * {@link io.drachtio.sip.auth.DigestNonces}).
 *
 * <p>Algorithms MD5, MD5-sess, SHA-256, SHA-256-sess, SHA-512-256 and SHA-512-256-sess; quality of
 * protection {@code auth}, {@code auth-int} and none (the RFC 2069 form). Plain JDK only.
 */
package io.drachtio.sip.auth;
