package io.drachtio.spring.boot.autoconfigure;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.util.Arrays;
import javax.net.ssl.SSLException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;

/** Builds Netty {@link SslContext}s from Spring SSL bundles (key and trust managers, protocols, ciphers). */
final class SslBundleContexts {

    private final SslBundles bundles;

    /** @param bundles the application's SSL bundles, or {@code null} when SSL auto-configuration is absent */
    SslBundleContexts(SslBundles bundles) {
        this.bundles = bundles;
    }

    /**
     * @param bundleName a bundle name, or {@code null}/empty
     * @param property   the property naming it (for error messages)
     * @param server     {@code true} for a server-side context (outbound mode)
     * @return the context, or {@code null} when no bundle is named
     */
    SslContext context(String bundleName, String property, boolean server) {
        if (bundleName == null || bundleName.isEmpty()) {
            return null;
        }
        if (bundles == null) {
            throw new IllegalStateException("'" + property + "' names SSL bundle '" + bundleName
                    + "' but no SslBundles are available (is SSL auto-configuration excluded?)");
        }
        SslBundle bundle = bundles.getBundle(bundleName);
        SslManagerBundle managers = bundle.getManagers();
        SslContextBuilder builder = server ? SslContextBuilder.forServer(managers.getKeyManagerFactory())
                : SslContextBuilder.forClient().keyManager(managers.getKeyManagerFactory());
        builder.trustManager(managers.getTrustManagerFactory());
        SslOptions options = bundle.getOptions();
        if (options.getEnabledProtocols() != null) {
            builder.protocols(options.getEnabledProtocols());
        }
        if (options.getCiphers() != null) {
            builder.ciphers(Arrays.asList(options.getCiphers()));
        }
        try {
            return builder.build();
        } catch (SSLException ex) {
            throw new IllegalStateException("SSL bundle '" + bundleName + "' (" + property
                    + ") cannot be used for TLS to drachtio: " + ex.getMessage(), ex);
        }
    }
}
