/**
 * Sample application: a SIP proxy. An INVITE for a user (the user part of its Request-URI) is
 * proxied to every target configured in {@code proxy.targets}, with {@code {user}} replaced by that
 * user, serially or simultaneously; the outcome of each call is logged in one line.
 */
package io.drachtio.samples.proxy;
