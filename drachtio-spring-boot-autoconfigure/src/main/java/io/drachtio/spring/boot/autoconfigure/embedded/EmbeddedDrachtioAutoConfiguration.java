package io.drachtio.spring.boot.autoconfigure.embedded;

import io.drachtio.embedded.EmbeddedDrachtioServer;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.drachtio.spring.boot.autoconfigure.DrachtioClientSettings;
import io.drachtio.spring.boot.autoconfigure.DrachtioClientSettingsFactory;
import io.drachtio.spring.boot.autoconfigure.DrachtioProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;

/**
 * Starts the embedded drachtio-compatible server and points the application's drachtio connection at it:
 * its admin port (a free one) and secret ({@code drachtio.secret}, or a generated one) replace
 * {@code drachtio.host/port/secret}. Active with {@code drachtio-embedded-server} on the classpath and
 * {@code drachtio.embedded.enabled=true}.
 *
 * <p>The server is created (and started) as a bean the connection settings depend on, so it runs before
 * the drachtio client connects and is closed after the client: Spring destroys dependents first.
 */
@AutoConfiguration(before = DrachtioAutoConfiguration.class)
@ConditionalOnClass(EmbeddedDrachtioServer.class)
@ConditionalOnProperty(prefix = "drachtio.embedded", name = "enabled", havingValue = "true")
@EnableConfigurationProperties({EmbeddedDrachtioProperties.class, DrachtioProperties.class})
public class EmbeddedDrachtioAutoConfiguration {

    /**
     * @param properties the embedded server's properties
     * @param drachtio   the connection properties ({@code drachtio.secret} becomes the server's secret)
     * @return the running server
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public EmbeddedDrachtioServer embeddedDrachtioServer(EmbeddedDrachtioProperties properties,
            DrachtioProperties drachtio) {
        EmbeddedDrachtioProperties.Sip sip = properties.getSip();
        String secret = drachtio.getSecret() == null || drachtio.getSecret().isEmpty() ? null : drachtio.getSecret();
        return EmbeddedDrachtioServer.builder()
                .sipHost(sip.getHost())
                .sipUdpPort(sip.getUdpPort() != null ? sip.getUdpPort() : sip.getPort())
                .sipTcpPort(sip.getTcpPort() != null ? sip.getTcpPort() : sip.getPort())
                .secret(secret)
                .start();
    }

    /**
     * @param server     the embedded server
     * @param drachtio   the connection properties (timeouts, reconnect, ping …)
     * @param sslBundles the SSL bundles, when SSL auto-configuration is active
     * @return the connection settings aimed at the embedded server
     */
    @Bean
    @ConditionalOnMissingBean
    public DrachtioClientSettings drachtioClientSettings(EmbeddedDrachtioServer server, DrachtioProperties drachtio,
            ObjectProvider<SslBundles> sslBundles) {
        return new DrachtioClientSettingsFactory(drachtio, sslBundles.getIfAvailable())
                .createFor(server.adminAddress().getHostString(), server.adminAddress().getPort(), server.secret());
    }
}
