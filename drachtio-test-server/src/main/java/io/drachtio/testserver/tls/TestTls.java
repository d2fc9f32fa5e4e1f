package io.drachtio.testserver.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test server's TLS material: a self-signed RSA certificate for {@code localhost} and
 * {@code 127.0.0.1} (subject alternative names), valid for 100 years, in a PKCS12 key store on the
 * class path ({@value #KEY_STORE_RESOURCE}, password {@value #KEY_STORE_PASSWORD}, alias
 * {@value #KEY_ALIAS}).
 *
 * <p>It exists for tests only: the private key is public. Use {@link #serverContext()} for a TLS
 * admin port of the test server and {@link #clientContext()} for a client that must trust it.
 */
public final class TestTls {

    /** Class-path location of the PKCS12 key store. */
    public static final String KEY_STORE_RESOURCE = "/io/drachtio/testserver/tls/test-server.p12";

    /** Password of the key store and of its key (a test password, deliberately public). */
    public static final String KEY_STORE_PASSWORD = "drachtio-test";

    /** Alias of the key entry. */
    public static final String KEY_ALIAS = "drachtio-test-server";

    private TestTls() {
    }

    /**
     * Loads the key store (a fresh instance on each call).
     *
     * @return the PKCS12 key store holding the key and its self-signed certificate
     * @throws UncheckedIOException when the resource is missing or unreadable
     * @throws IllegalStateException when the key store cannot be decoded
     */
    public static KeyStore keyStore() {
        try (InputStream in = TestTls.class.getResourceAsStream(KEY_STORE_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing class-path resource " + KEY_STORE_RESOURCE));
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEY_STORE_PASSWORD.toCharArray());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KEY_STORE_RESOURCE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decode " + KEY_STORE_RESOURCE, e);
        }
    }

    /**
     * Returns the self-signed certificate.
     *
     * @return the certificate for {@code localhost} / {@code 127.0.0.1}
     */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate(KEY_ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test certificate", e);
        }
    }

    /**
     * Builds a Netty server-side TLS context presenting the test certificate.
     *
     * @return a server {@link SslContext}
     */
    public static SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(keyManagers()).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the test server TLS context", e);
        }
    }

    /**
     * Builds a Netty client-side TLS context that trusts exactly the test certificate.
     *
     * @return a client {@link SslContext}
     */
    public static SslContext clientContext() {
        try {
            return SslContextBuilder.forClient().trustManager(trustManagers()).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the test client TLS context", e);
        }
    }

    /**
     * Builds a JDK client-side TLS context that trusts exactly the test certificate (for clients
     * configured with a {@link SSLContext}).
     *
     * @return an initialised {@link SSLContext}
     */
    public static SSLContext jdkClientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers().getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the JDK test client TLS context", e);
        }
    }

    /**
     * Builds a JDK server-side TLS context presenting the test certificate.
     *
     * @return an initialised {@link SSLContext}
     */
    public static SSLContext jdkServerContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers().getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the JDK test server TLS context", e);
        }
    }

    private static KeyManagerFactory keyManagers() {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore(), KEY_STORE_PASSWORD.toCharArray());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the test key", e);
        }
    }

    private static TrustManagerFactory trustManagers() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry(KEY_ALIAS, certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the test trust store", e);
        }
    }
}
