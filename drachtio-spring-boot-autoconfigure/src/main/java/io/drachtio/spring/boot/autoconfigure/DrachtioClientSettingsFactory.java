package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.OutboundOptions;
import io.drachtio.client.PingPolicy;
import io.drachtio.client.ReconnectPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ssl.SslBundles;

/**
 * Derives {@link DrachtioClientSettings} from {@link DrachtioProperties}: one connection per
 * {@code drachtio.servers[]} entry (unset values inherit the top-level ones) or the single top-level
 * server, or the outbound listener in outbound mode.
 */
public final class DrachtioClientSettingsFactory {

    private final DrachtioProperties properties;
    private final SslBundleContexts ssl;

    /**
     * @param properties the properties
     * @param sslBundles the application's SSL bundles, or {@code null}
     */
    public DrachtioClientSettingsFactory(DrachtioProperties properties, SslBundles sslBundles) {
        this.properties = properties;
        this.ssl = new SslBundleContexts(sslBundles);
    }

    /**
     * @return the settings
     * @throws MissingDrachtioSecretException when a server has no secret
     * @throws IllegalStateException          for duplicate server names or unusable SSL bundles
     */
    public DrachtioClientSettings create() {
        if (properties.getMode() == DrachtioProperties.Mode.OUTBOUND) {
            return new DrachtioClientSettings(List.of(), outbound());
        }
        if (properties.getServers().isEmpty()) {
            return new DrachtioClientSettings(List.of(topLevel()), null);
        }
        List<ConnectionOptions> connections = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<DrachtioProperties.Server> servers = properties.getServers();
        for (int i = 0; i < servers.size(); i++) {
            ConnectionOptions options = server(servers.get(i), i);
            if (!names.add(options.name())) {
                throw new IllegalStateException("two drachtio servers are named '" + options.name()
                        + "': drachtio.servers[].name must be unique");
            }
            connections.add(options);
        }
        return new DrachtioClientSettings(connections, null);
    }

    /**
     * Returns the settings of the single top-level connection aimed at a given admin address and secret
     * instead of {@code drachtio.host/port/secret} (the embedded server's); {@code drachtio.servers[]} and
     * outbound mode do not apply.
     *
     * @param host   the admin host
     * @param port   the admin port
     * @param secret the shared secret
     * @return the settings
     */
    public DrachtioClientSettings createFor(String host, int port, String secret) {
        return new DrachtioClientSettings(List.of(topLevel(host, port, secret)), null);
    }

    private ConnectionOptions topLevel() {
        return topLevel(properties.getHost(), properties.getPort(), secret(properties.getSecret(), "drachtio.secret"));
    }

    private ConnectionOptions topLevel(String host, int port, String secret) {
        return ConnectionOptions.builder(host, port, secret)
                .name(properties.getName())
                .tags(properties.getTags())
                .sslContext(ssl.context(properties.getSsl().getBundle(), "drachtio.ssl.bundle", false))
                .reconnect(reconnect(new DrachtioProperties.ReconnectOverride()))
                .ping(ping(new DrachtioProperties.PingOverride()))
                .connectTimeout(properties.getConnectTimeout())
                .replyTimeout(properties.getReplyTimeout())
                .maxFrameLength(maxFrameLength())
                .build();
    }

    private ConnectionOptions server(DrachtioProperties.Server server, int index) {
        String prefix = "drachtio.servers[" + index + "].";
        String host = server.getHost() != null ? server.getHost() : properties.getHost();
        int port = server.getPort() != null ? server.getPort() : properties.getPort();
        String secret = server.getSecret() != null ? server.getSecret() : properties.getSecret();
        String bundle = server.getSsl() != null && server.getSsl().getBundle() != null ? server.getSsl().getBundle()
                : properties.getSsl().getBundle();
        return ConnectionOptions.builder(host, port, secret(secret, prefix + "secret or drachtio.secret"))
                .name(server.getName() != null ? server.getName() : host + ":" + port)
                .tags(server.getTags() != null ? server.getTags() : properties.getTags())
                .sslContext(ssl.context(bundle, prefix + "ssl.bundle", false))
                .reconnect(reconnect(server.getReconnect() != null ? server.getReconnect()
                        : new DrachtioProperties.ReconnectOverride()))
                .ping(ping(server.getPing() != null ? server.getPing() : new DrachtioProperties.PingOverride()))
                .connectTimeout(properties.getConnectTimeout())
                .replyTimeout(properties.getReplyTimeout())
                .maxFrameLength(maxFrameLength())
                .build();
    }

    private OutboundOptions outbound() {
        DrachtioProperties.Outbound outbound = properties.getOutbound();
        return new OutboundOptions(outbound.getName(), outbound.getHost(), outbound.getPort(),
                secret(properties.getSecret(), "drachtio.secret"),
                ssl.context(properties.getSsl().getBundle(), "drachtio.ssl.bundle", true),
                properties.getReplyTimeout(), maxFrameLength());
    }

    private ReconnectPolicy reconnect(DrachtioProperties.ReconnectOverride override) {
        DrachtioProperties.Reconnect base = properties.getReconnect();
        return new ReconnectPolicy(
                pick(override.getInitialDelay(), base.getInitialDelay()),
                pick(override.getMultiplier(), base.getMultiplier()),
                pick(override.getMaxDelay(), base.getMaxDelay()),
                pick(override.getMaxAttempts(), base.getMaxAttempts()),
                pick(override.getJitter(), base.getJitter()));
    }

    private PingPolicy ping(DrachtioProperties.PingOverride override) {
        DrachtioProperties.Ping base = properties.getPing();
        Duration interval = pick(override.getInterval(), base.getInterval());
        Duration timeout = pick(override.getTimeout(), base.getTimeout());
        return interval.isZero() ? PingPolicy.DISABLED : new PingPolicy(interval, timeout);
    }

    private int maxFrameLength() {
        return Math.toIntExact(properties.getMaxFrameLength().toBytes());
    }

    private static <T> T pick(T override, T base) {
        return override != null ? override : base;
    }

    private static String secret(String secret, String property) {
        if (secret == null || secret.isEmpty()) {
            throw new MissingDrachtioSecretException(property);
        }
        return secret;
    }
}
