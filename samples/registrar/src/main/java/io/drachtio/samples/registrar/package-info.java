/**
 * A SIP registrar: REGISTER with digest authentication (SHA-256 and MD5, RFC 8760), bindings kept in
 * a database through Spring Data JDBC (H2 by default, PostgreSQL under the {@code postgres} profile),
 * and INVITEs to a registered user proxied to all of its live contacts at once.
 */
package io.drachtio.samples.registrar;
