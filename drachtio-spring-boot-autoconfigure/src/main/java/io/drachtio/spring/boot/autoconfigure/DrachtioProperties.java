package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.wire.CdrKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the drachtio connection(s), the handler dispatcher and the lifecycle
 * ({@code drachtio.*}). {@link #toString()} never shows a secret.
 */
@ConfigurationProperties("drachtio")
public class DrachtioProperties {

    /** How the application and drachtio-server find each other. */
    public enum Mode {
        /** The application connects to the server's admin port (the usual set-up). */
        INBOUND,
        /** The application listens and the server connects to it for each routed call. */
        OUTBOUND
    }

    /** Whether to auto-configure the drachtio client and the SIP handlers. */
    private boolean enabled = true;

    /** Inbound (the application connects to drachtio-server) or outbound (drachtio-server connects to the application). */
    private Mode mode = Mode.INBOUND;

    /** Host name or address of the drachtio-server admin port. */
    private String host = "127.0.0.1";

    /**
     * Admin port of drachtio-server. 9022 is the current drachtio-server default; older servers (before
     * v0.8) used 8022.
     */
    private int port = 9022;

    /** Shared secret of the drachtio-server admin port. Required. Never logged. */
    private String secret;

    /** Tags sent with the authenticate command (used by drachtio-server's HTTP routing). */
    private List<String> tags = new ArrayList<>();

    /** Name of the connection to the server configured by drachtio.host/port. */
    private String name = "default";

    /** TCP connect timeout. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** How long a command waits for the server's reply before failing. */
    private Duration replyTimeout = Duration.ofSeconds(30);

    /** Largest frame accepted from the server. */
    private DataSize maxFrameLength = DataSize.ofMegabytes(1);

    /** TLS to the server. */
    @NestedConfigurationProperty
    private final Ssl ssl = new Ssl();

    /** Reconnecting after the connection to a server is lost. */
    @NestedConfigurationProperty
    private final Reconnect reconnect = new Reconnect();

    /** Liveness checking of the connection to a server. */
    @NestedConfigurationProperty
    private final Ping ping = new Ping();

    /**
     * Several drachtio servers to connect to at once (inbound mode). When set, drachtio.host/port are
     * not used; each server inherits every value it does not set from the top-level drachtio.* ones.
     */
    private List<Server> servers = new ArrayList<>();

    /** Outbound mode: where the application listens for drachtio-server's connections. */
    @NestedConfigurationProperty
    private final Outbound outbound = new Outbound();

    /** Execution of blocking SIP handlers. */
    @NestedConfigurationProperty
    private final Dispatcher dispatcher = new Dispatcher();

    /** Start-up and shutdown of the drachtio client. */
    @NestedConfigurationProperty
    private final Lifecycle lifecycle = new Lifecycle();

    /** Call detail records. */
    @NestedConfigurationProperty
    private final Cdr cdr = new Cdr();

    /** @return whether auto-configuration is active */
    public boolean isEnabled() { return enabled; }

    /** @param enabled whether auto-configuration is active */
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** @return inbound or outbound */
    public Mode getMode() { return mode; }

    /** @param mode inbound or outbound */
    public void setMode(Mode mode) { this.mode = mode; }

    /** @return the server host */
    public String getHost() { return host; }

    /** @param host the server host */
    public void setHost(String host) { this.host = host; }

    /** @return the admin port */
    public int getPort() { return port; }

    /** @param port the admin port */
    public void setPort(int port) { this.port = port; }

    /** @return the shared secret, or {@code null} */
    public String getSecret() { return secret; }

    /** @param secret the shared secret */
    public void setSecret(String secret) { this.secret = secret; }

    /** @return the tags */
    public List<String> getTags() { return tags; }

    /** @param tags the tags */
    public void setTags(List<String> tags) { this.tags = tags; }

    /** @return the connection name */
    public String getName() { return name; }

    /** @param name the connection name */
    public void setName(String name) { this.name = name; }

    /** @return the connect timeout */
    public Duration getConnectTimeout() { return connectTimeout; }

    /** @param connectTimeout the connect timeout */
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }

    /** @return the reply timeout */
    public Duration getReplyTimeout() { return replyTimeout; }

    /** @param replyTimeout the reply timeout */
    public void setReplyTimeout(Duration replyTimeout) { this.replyTimeout = replyTimeout; }

    /** @return the largest accepted frame */
    public DataSize getMaxFrameLength() { return maxFrameLength; }

    /** @param maxFrameLength the largest accepted frame */
    public void setMaxFrameLength(DataSize maxFrameLength) { this.maxFrameLength = maxFrameLength; }

    /** @return TLS settings */
    public Ssl getSsl() { return ssl; }

    /** @return reconnect settings */
    public Reconnect getReconnect() { return reconnect; }

    /** @return ping settings */
    public Ping getPing() { return ping; }

    /** @return the servers */
    public List<Server> getServers() { return servers; }

    /** @param servers the servers */
    public void setServers(List<Server> servers) { this.servers = servers; }

    /** @return outbound settings */
    public Outbound getOutbound() { return outbound; }

    /** @return dispatcher settings */
    public Dispatcher getDispatcher() { return dispatcher; }

    /** @return lifecycle settings */
    public Lifecycle getLifecycle() { return lifecycle; }

    /** @return CDR settings */
    public Cdr getCdr() { return cdr; }

    @Override
    public String toString() {
        return "DrachtioProperties[mode=" + mode + ", host=" + host + ", port=" + port + ", secret="
                + (secret == null ? "<unset>" : "****") + ", tags=" + tags + ", servers=" + servers + "]";
    }

    /** TLS to a server. */
    public static class Ssl {

        /** Name of the Spring SSL bundle (spring.ssl.bundle.*) to use for TLS; empty for plain TCP. */
        private String bundle;

        /** @return the bundle name, or {@code null} */
        public String getBundle() { return bundle; }

        /** @param bundle the bundle name */
        public void setBundle(String bundle) { this.bundle = bundle; }
    }

    /** Reconnect back-off: delay n is min(max-delay, initial-delay * multiplier^(n-1)), ± jitter. */
    public static class Reconnect {

        /** Delay before the first reconnect attempt. */
        private Duration initialDelay = Duration.ofMillis(150);

        /** Factor applied to the delay after each failed attempt (at least 1). */
        private double multiplier = 2.0;

        /** Upper bound of any reconnect delay. */
        private Duration maxDelay = Duration.ofSeconds(30);

        /** Attempts before giving up; 0 means never give up, a negative value disables reconnecting. */
        private int maxAttempts = 0;

        /** Random spread of each delay, as a fraction of it (0 to 1). */
        private double jitter = 0.25;

        /** @return the first delay */
        public Duration getInitialDelay() { return initialDelay; }

        /** @param initialDelay the first delay */
        public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }

        /** @return the multiplier */
        public double getMultiplier() { return multiplier; }

        /** @param multiplier the multiplier */
        public void setMultiplier(double multiplier) { this.multiplier = multiplier; }

        /** @return the largest delay */
        public Duration getMaxDelay() { return maxDelay; }

        /** @param maxDelay the largest delay */
        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }

        /** @return the attempt limit */
        public int getMaxAttempts() { return maxAttempts; }

        /** @param maxAttempts the attempt limit */
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }

        /** @return the jitter fraction */
        public double getJitter() { return jitter; }

        /** @param jitter the jitter fraction */
        public void setJitter(double jitter) { this.jitter = jitter; }
    }

    /** Liveness checking: a ping every interval; no pong within the timeout closes and reconnects. */
    public static class Ping {

        /** Time between pings; 0 disables pinging. */
        private Duration interval = Duration.ofSeconds(15);

        /** How long to wait for the pong before the connection is considered dead. */
        private Duration timeout = Duration.ofSeconds(5);

        /** @return the interval */
        public Duration getInterval() { return interval; }

        /** @param interval the interval */
        public void setInterval(Duration interval) { this.interval = interval; }

        /** @return the timeout */
        public Duration getTimeout() { return timeout; }

        /** @param timeout the timeout */
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
    }

    /** One of several drachtio servers; unset values inherit the top-level drachtio.* ones. */
    public static class Server {

        /** Name of this server (unique; used by DrachtioTemplate.server(name), logs and metrics). */
        private String name;

        /** Host of this server's admin port. */
        private String host;

        /** Admin port of this server. */
        private Integer port;

        /** Shared secret of this server. */
        private String secret;

        /** Tags sent with authenticate. */
        private List<String> tags;

        /** TLS to this server. */
        private Ssl ssl = new Ssl();

        /** Reconnect back-off of this server. */
        private ReconnectOverride reconnect = new ReconnectOverride();

        /** Liveness checking of this server. */
        private PingOverride ping = new PingOverride();

        /** @return the name */
        public String getName() { return name; }

        /** @param name the name */
        public void setName(String name) { this.name = name; }

        /** @return the host, or {@code null} to inherit */
        public String getHost() { return host; }

        /** @param host the host */
        public void setHost(String host) { this.host = host; }

        /** @return the port, or {@code null} to inherit */
        public Integer getPort() { return port; }

        /** @param port the port */
        public void setPort(Integer port) { this.port = port; }

        /** @return the secret, or {@code null} to inherit */
        public String getSecret() { return secret; }

        /** @param secret the secret */
        public void setSecret(String secret) { this.secret = secret; }

        /** @return the tags, or {@code null} to inherit */
        public List<String> getTags() { return tags; }

        /** @param tags the tags */
        public void setTags(List<String> tags) { this.tags = tags; }

        /** @return TLS settings (a {@code null} bundle inherits) */
        public Ssl getSsl() { return ssl; }

        /** @param ssl TLS settings */
        public void setSsl(Ssl ssl) { this.ssl = ssl; }

        /** @return reconnect overrides */
        public ReconnectOverride getReconnect() { return reconnect; }

        /** @param reconnect reconnect overrides */
        public void setReconnect(ReconnectOverride reconnect) { this.reconnect = reconnect; }

        /** @return ping overrides */
        public PingOverride getPing() { return ping; }

        /** @param ping ping overrides */
        public void setPing(PingOverride ping) { this.ping = ping; }

        @Override
        public String toString() {
            return "Server[name=" + name + ", host=" + host + ", port=" + port + ", secret="
                    + (secret == null ? "<inherited>" : "****") + "]";
        }
    }

    /** Per-server reconnect values; {@code null} inherits the top-level drachtio.reconnect.* value. */
    public static class ReconnectOverride {

        /** Delay before the first reconnect attempt. */
        private Duration initialDelay;

        /** Factor applied to the delay after each failed attempt. */
        private Double multiplier;

        /** Upper bound of any reconnect delay. */
        private Duration maxDelay;

        /** Attempts before giving up (0: never; negative: no reconnecting). */
        private Integer maxAttempts;

        /** Random spread of each delay (0 to 1). */
        private Double jitter;

        /** @return the first delay, or {@code null} */
        public Duration getInitialDelay() { return initialDelay; }

        /** @param initialDelay the first delay */
        public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }

        /** @return the multiplier, or {@code null} */
        public Double getMultiplier() { return multiplier; }

        /** @param multiplier the multiplier */
        public void setMultiplier(Double multiplier) { this.multiplier = multiplier; }

        /** @return the largest delay, or {@code null} */
        public Duration getMaxDelay() { return maxDelay; }

        /** @param maxDelay the largest delay */
        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }

        /** @return the attempt limit, or {@code null} */
        public Integer getMaxAttempts() { return maxAttempts; }

        /** @param maxAttempts the attempt limit */
        public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }

        /** @return the jitter, or {@code null} */
        public Double getJitter() { return jitter; }

        /** @param jitter the jitter */
        public void setJitter(Double jitter) { this.jitter = jitter; }
    }

    /** Per-server ping values; {@code null} inherits the top-level drachtio.ping.* value. */
    public static class PingOverride {

        /** Time between pings; 0 disables pinging. */
        private Duration interval;

        /** How long to wait for the pong. */
        private Duration timeout;

        /** @return the interval, or {@code null} */
        public Duration getInterval() { return interval; }

        /** @param interval the interval */
        public void setInterval(Duration interval) { this.interval = interval; }

        /** @return the timeout, or {@code null} */
        public Duration getTimeout() { return timeout; }

        /** @param timeout the timeout */
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
    }

    /** Outbound mode listener. */
    public static class Outbound {

        /** Local address to listen on for drachtio-server's connections. */
        private String host = "0.0.0.0";

        /** Local port to listen on; 0 picks a free port. */
        private int port = 9023;

        /** Name of the listener (accepted connections are named name#n). */
        private String name = "outbound";

        /** @return the listen address */
        public String getHost() { return host; }

        /** @param host the listen address */
        public void setHost(String host) { this.host = host; }

        /** @return the listen port */
        public int getPort() { return port; }

        /** @param port the listen port */
        public void setPort(int port) { this.port = port; }

        /** @return the listener name */
        public String getName() { return name; }

        /** @param name the listener name */
        public void setName(String name) { this.name = name; }
    }

    /** The executor of blocking handlers (not used when a bean named drachtioDispatcherExecutor exists). */
    public static class Dispatcher {

        /** Threads of the handler pool (ignored with virtual threads, spring.threads.virtual.enabled=true). */
        private int threads = 16;

        /** Requests that may wait for a handler thread; beyond that requests are answered 503. */
        private int queueCapacity = 10_000;

        /** Prefix of the handler threads' names. */
        private String threadNamePrefix = "sip-handler-";

        /** @return the thread count */
        public int getThreads() { return threads; }

        /** @param threads the thread count */
        public void setThreads(int threads) { this.threads = threads; }

        /** @return the queue capacity */
        public int getQueueCapacity() { return queueCapacity; }

        /** @param queueCapacity the queue capacity */
        public void setQueueCapacity(int queueCapacity) { this.queueCapacity = queueCapacity; }

        /** @return the thread name prefix */
        public String getThreadNamePrefix() { return threadNamePrefix; }

        /** @param threadNamePrefix the thread name prefix */
        public void setThreadNamePrefix(String threadNamePrefix) { this.threadNamePrefix = threadNamePrefix; }
    }

    /** Start-up and shutdown. */
    public static class Lifecycle {

        /** Whether to connect when the application context starts. */
        private boolean autoStartup = true;

        /**
         * Whether start-up waits until every inbound connection is ready (and fails when one cannot
         * authenticate or connect within startup-timeout). When false, connecting continues in the
         * background and problems are reported as events and log lines.
         */
        private boolean awaitConnection = false;

        /** How long start-up waits for the connections when await-connection is true. */
        private Duration startupTimeout = Duration.ofSeconds(30);

        /**
         * How long shutdown lets in-flight transactions finish after the routes were removed; unset
         * means spring.lifecycle.timeout-per-shutdown-phase.
         */
        private Duration shutdownGrace;

        /**
         * Whether a non-daemon thread keeps the JVM running from the first start until the context
         * closes, so that an application without a web server does not exit when main returns.
         */
        private boolean keepAlive = true;

        /** @return whether to start with the context */
        public boolean isAutoStartup() { return autoStartup; }

        /** @param autoStartup whether to start with the context */
        public void setAutoStartup(boolean autoStartup) { this.autoStartup = autoStartup; }

        /** @return whether start-up waits for the connections */
        public boolean isAwaitConnection() { return awaitConnection; }

        /** @param awaitConnection whether start-up waits for the connections */
        public void setAwaitConnection(boolean awaitConnection) { this.awaitConnection = awaitConnection; }

        /** @return the start-up timeout */
        public Duration getStartupTimeout() { return startupTimeout; }

        /** @param startupTimeout the start-up timeout */
        public void setStartupTimeout(Duration startupTimeout) { this.startupTimeout = startupTimeout; }

        /** @return the shutdown grace, or {@code null} for the lifecycle phase timeout */
        public Duration getShutdownGrace() { return shutdownGrace; }

        /** @param shutdownGrace the shutdown grace */
        public void setShutdownGrace(Duration shutdownGrace) { this.shutdownGrace = shutdownGrace; }

        /** @return whether a non-daemon thread keeps the JVM running while the client runs */
        public boolean isKeepAlive() { return keepAlive; }

        /** @param keepAlive whether a non-daemon thread keeps the JVM running while the client runs */
        public void setKeepAlive(boolean keepAlive) { this.keepAlive = keepAlive; }
    }

    /** Call detail records. */
    public static class Cdr {

        /**
         * CDR kinds to ask the server for (attempt, start, stop). Empty: the kinds that
         * DrachtioCdrEvent listeners in the application listen for.
         */
        private List<CdrKind> kinds = new ArrayList<>();

        /** @return the kinds, empty to detect them */
        public List<CdrKind> getKinds() { return kinds; }

        /** @param kinds the kinds */
        public void setKinds(List<CdrKind> kinds) { this.kinds = kinds; }
    }
}
