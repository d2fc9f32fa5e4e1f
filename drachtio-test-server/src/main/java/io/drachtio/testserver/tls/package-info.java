/**
 * TLS material for tests: a committed self-signed certificate for {@code localhost} /
 * {@code 127.0.0.1} and ready-made Netty and JDK TLS contexts built from it, for the test server
 * (server side) and for clients under test (trusting exactly that certificate).
 */
package io.drachtio.testserver.tls;
