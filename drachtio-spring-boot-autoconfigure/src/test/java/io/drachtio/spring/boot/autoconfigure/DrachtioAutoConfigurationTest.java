package io.drachtio.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.OutboundOptions;
import io.drachtio.client.PingPolicy;
import io.drachtio.client.ReconnectPolicy;
import io.drachtio.spring.dispatch.SipDispatcher;
import io.drachtio.spring.filter.SipFilter;
import io.drachtio.spring.template.DrachtioTemplate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

class DrachtioAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, DrachtioAutoConfiguration.class))
            .withPropertyValues("drachtio.lifecycle.auto-startup=false");

    private static ConnectionOptions only(DrachtioClientSettings settings) {
        assertThat(settings.connections()).hasSize(1);
        assertThat(settings.outbound()).isNull();
        return settings.connections().get(0);
    }

    @Test
    void defaultsGiveOneInboundConnectionToTheLocalServer() {
        runner.withPropertyValues("drachtio.secret=cymru").run(context -> {
            assertThat(context).hasSingleBean(DrachtioClient.class).hasSingleBean(DrachtioTemplate.class)
                    .hasSingleBean(SipDispatcher.class).hasSingleBean(DrachtioLifecycle.class);
            ConnectionOptions options = only(context.getBean(DrachtioClientSettings.class));
            assertThat(options.name()).isEqualTo("default");
            assertThat(options.host()).isEqualTo("127.0.0.1");
            assertThat(options.port()).isEqualTo(9022);
            assertThat(options.secret()).isEqualTo("cymru");
            assertThat(options.tags()).isEmpty();
            assertThat(options.sslContext()).isNull();
            assertThat(options.reconnect()).isEqualTo(ReconnectPolicy.DEFAULT);
            assertThat(options.ping()).isEqualTo(PingPolicy.DEFAULT);
            assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(options.replyTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(options.maxFrameLength()).isEqualTo(1 << 20);
            assertThat(context.getBean(DrachtioLifecycle.class).isAutoStartup()).isFalse();
        });
    }

    @Test
    void everyTopLevelPropertyReachesTheConnectionOptions() {
        runner.withPropertyValues("drachtio.secret=s3cret", "drachtio.host=sip.example.com", "drachtio.port=8022",
                "drachtio.name=edge", "drachtio.tags=a,b", "drachtio.connect-timeout=2s",
                "drachtio.reply-timeout=7s", "drachtio.max-frame-length=64KB",
                "drachtio.reconnect.initial-delay=1s", "drachtio.reconnect.multiplier=3",
                "drachtio.reconnect.max-delay=1m", "drachtio.reconnect.max-attempts=9",
                "drachtio.reconnect.jitter=0.5", "drachtio.ping.interval=20s", "drachtio.ping.timeout=3s")
                .run(context -> {
                    ConnectionOptions options = only(context.getBean(DrachtioClientSettings.class));
                    assertThat(options.name()).isEqualTo("edge");
                    assertThat(options.address()).isEqualTo("sip.example.com:8022");
                    assertThat(options.secret()).isEqualTo("s3cret");
                    assertThat(options.tags()).containsExactly("a", "b");
                    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(options.replyTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(options.maxFrameLength()).isEqualTo(64 * 1024);
                    assertThat(options.reconnect()).isEqualTo(
                            new ReconnectPolicy(Duration.ofSeconds(1), 3.0, Duration.ofMinutes(1), 9, 0.5));
                    assertThat(options.ping()).isEqualTo(new PingPolicy(Duration.ofSeconds(20), Duration.ofSeconds(3)));
                    assertThat(options.toString()).doesNotContain("s3cret");
                    assertThat(context.getBean(DrachtioProperties.class).toString()).doesNotContain("s3cret");
                });
    }

    @Test
    void zeroPingIntervalDisablesPinging() {
        runner.withPropertyValues("drachtio.secret=s", "drachtio.ping.interval=0s").run(context ->
                assertThat(only(context.getBean(DrachtioClientSettings.class)).ping()).isEqualTo(PingPolicy.DISABLED));
    }

    @Test
    void disabledMeansNoDrachtioBeans() {
        runner.withPropertyValues("drachtio.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(DrachtioClient.class).doesNotHaveBean(DrachtioProperties.class)
                    .doesNotHaveBean(SipDispatcher.class);
        });
    }

    @Test
    void missingSecretFailsStartUpNamingTheProperty() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().isInstanceOf(MissingDrachtioSecretException.class)
                    .hasMessageContaining("drachtio.secret");
            MissingDrachtioSecretException cause = (MissingDrachtioSecretException) rootCause(failure);
            FailureAnalysis analysis = new MissingDrachtioSecretFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains("drachtio.secret");
            assertThat(analysis.getAction()).contains("drachtio.secret");
            assertThat(cause.property()).isEqualTo("drachtio.secret");
        });
    }

    @Test
    void missingSecretOfOneOfSeveralServersNamesItsIndex() {
        runner.withPropertyValues("drachtio.servers[0].name=a", "drachtio.servers[0].secret=x",
                "drachtio.servers[1].name=b").run(context -> assertThat(context.getStartupFailure())
                .rootCause().isInstanceOf(MissingDrachtioSecretException.class)
                .hasMessageContaining("drachtio.servers[1].secret").hasMessageContaining("drachtio.secret"));
    }

    @Test
    void outboundModeListensInsteadOfConnecting() {
        runner.withPropertyValues("drachtio.secret=s3cret", "drachtio.mode=outbound", "drachtio.outbound.host=127.0.0.1",
                "drachtio.outbound.port=0", "drachtio.outbound.name=calls", "drachtio.reply-timeout=4s").run(context -> {
                    DrachtioClientSettings settings = context.getBean(DrachtioClientSettings.class);
                    assertThat(settings.connections()).isEmpty();
                    OutboundOptions outbound = settings.outbound();
                    assertThat(outbound.name()).isEqualTo("calls");
                    assertThat(outbound.host()).isEqualTo("127.0.0.1");
                    assertThat(outbound.port()).isZero();
                    assertThat(outbound.secret()).isEqualTo("s3cret");
                    assertThat(outbound.replyTimeout()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(outbound.sslContext()).isNull();
                    assertThat(outbound.toString()).doesNotContain("s3cret");
                });
    }

    @Test
    void severalServersInheritWhatTheyDoNotSet() {
        runner.withPropertyValues("drachtio.secret=shared", "drachtio.host=10.1.1.1", "drachtio.tags=t",
                "drachtio.reconnect.max-attempts=5", "drachtio.ping.timeout=2s",
                "drachtio.servers[0].name=a",
                "drachtio.servers[1].name=b", "drachtio.servers[1].host=10.2.2.2", "drachtio.servers[1].port=9999",
                "drachtio.servers[1].secret=own", "drachtio.servers[1].tags=x,y",
                "drachtio.servers[1].reconnect.max-attempts=1", "drachtio.servers[1].reconnect.initial-delay=2s",
                "drachtio.servers[1].ping.interval=1m").run(context -> {
                    List<ConnectionOptions> connections = context.getBean(DrachtioClientSettings.class).connections();
                    assertThat(connections).extracting(ConnectionOptions::name).containsExactly("a", "b");
                    ConnectionOptions a = connections.get(0);
                    assertThat(a.address()).isEqualTo("10.1.1.1:9022");
                    assertThat(a.secret()).isEqualTo("shared");
                    assertThat(a.tags()).containsExactly("t");
                    assertThat(a.reconnect().maxAttempts()).isEqualTo(5);
                    assertThat(a.ping().timeout()).isEqualTo(Duration.ofSeconds(2));
                    ConnectionOptions b = connections.get(1);
                    assertThat(b.address()).isEqualTo("10.2.2.2:9999");
                    assertThat(b.secret()).isEqualTo("own");
                    assertThat(b.tags()).containsExactly("x", "y");
                    assertThat(b.reconnect().maxAttempts()).isEqualTo(1);
                    assertThat(b.reconnect().initialDelay()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(b.reconnect().maxDelay()).isEqualTo(ReconnectPolicy.DEFAULT.maxDelay());
                    assertThat(b.ping().interval()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(b.ping().timeout()).isEqualTo(Duration.ofSeconds(2));
                });
    }

    @Test
    void duplicateServerNamesFailStartUp() {
        runner.withPropertyValues("drachtio.secret=s", "drachtio.servers[0].name=a", "drachtio.servers[1].name=a")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("named 'a'"));
    }

    private static final String[] BUNDLE = {
        "spring.ssl.bundle.jks.drachtio.keystore.location=classpath:tls/test-keystore.p12",
        "spring.ssl.bundle.jks.drachtio.keystore.password=changeit",
        "spring.ssl.bundle.jks.drachtio.keystore.type=PKCS12",
        "spring.ssl.bundle.jks.drachtio.truststore.location=classpath:tls/test-keystore.p12",
        "spring.ssl.bundle.jks.drachtio.truststore.password=changeit",
        "spring.ssl.bundle.jks.drachtio.truststore.type=PKCS12"};

    @Test
    void sslBundleGivesTlsToTheServer() {
        runner.withPropertyValues(BUNDLE).withPropertyValues("drachtio.secret=s", "drachtio.ssl.bundle=drachtio")
                .run(context -> {
                    ConnectionOptions options = only(context.getBean(DrachtioClientSettings.class));
                    assertThat(options.sslContext()).isNotNull();
                    assertThat(options.sslContext().isClient()).isTrue();
                });
    }

    @Test
    void sslBundleInOutboundModeIsServerSide() {
        runner.withPropertyValues(BUNDLE).withPropertyValues("drachtio.secret=s", "drachtio.ssl.bundle=drachtio",
                "drachtio.mode=outbound").run(context ->
                assertThat(context.getBean(DrachtioClientSettings.class).outbound().sslContext().isServer()).isTrue());
    }

    @Test
    void perServerSslBundleOverridesTheTopLevelOne() {
        runner.withPropertyValues(BUNDLE).withPropertyValues("drachtio.secret=s", "drachtio.servers[0].name=plain",
                "drachtio.servers[1].name=tls", "drachtio.servers[1].ssl.bundle=drachtio").run(context -> {
                    List<ConnectionOptions> connections = context.getBean(DrachtioClientSettings.class).connections();
                    assertThat(connections.get(0).sslContext()).isNull();
                    assertThat(connections.get(1).sslContext()).isNotNull();
                });
    }

    @Test
    void unknownSslBundleFailsStartUp() {
        runner.withPropertyValues("drachtio.secret=s", "drachtio.ssl.bundle=nope").run(context ->
                assertThat(context.getStartupFailure()).rootCause().isInstanceOf(NoSuchSslBundleException.class));
    }

    @Test
    void dispatcherPoolFollowsTheProperties() {
        runner.withPropertyValues("drachtio.secret=s", "drachtio.dispatcher.threads=3",
                "drachtio.dispatcher.queue-capacity=7").run(context -> {
                    ThreadPoolExecutor pool = context.getBean(DrachtioHandlerConfiguration.EXECUTOR_BEAN,
                            ThreadPoolExecutor.class);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
                    assertThat(pool.getQueue().remainingCapacity()).isEqualTo(7);
                });
    }

    @Test
    void shutdownGraceDefaultsToTheLifecyclePhaseTimeout() {
        runner.withPropertyValues("drachtio.secret=s", "spring.lifecycle.timeout-per-shutdown-phase=12s",
                "drachtio.lifecycle.auto-startup=true", "drachtio.lifecycle.await-connection=false")
                .withBean(DrachtioClient.class, DrachtioAutoConfigurationTest::inertClient)
                .run(context -> assertThat(context.getBean(DrachtioLifecycle.class))
                        .hasFieldOrPropertyWithValue("grace", Duration.ofSeconds(12)));
        runner.withPropertyValues("drachtio.secret=s", "drachtio.lifecycle.shutdown-grace=3s")
                .run(context -> assertThat(context.getBean(DrachtioLifecycle.class))
                        .hasFieldOrPropertyWithValue("grace", Duration.ofSeconds(3)));
    }

    @Test
    void userBeansReplaceOurs() {
        runner.withPropertyValues("drachtio.secret=s").withUserConfiguration(UserBeans.class).run(context -> {
            assertThat(context.getBean(DrachtioClientSettings.class)).isSameAs(UserBeans.SETTINGS);
            assertThat(context.getBean(DrachtioTemplate.class)).isInstanceOf(UserTemplate.class);
            assertThat(context.getBean(DrachtioHandlerConfiguration.EXECUTOR_BEAN)).isSameAs(UserBeans.EXECUTOR);
            assertThat(context).hasSingleBean(SipFilter.class);
        });
    }

    @Test
    void userClientReplacesOurs() {
        runner.withPropertyValues("drachtio.secret=s")
                .withBean("myClient", DrachtioClient.class, DrachtioAutoConfigurationTest::inertClient)
                .run(context -> {
                    assertThat(context).hasSingleBean(DrachtioClient.class);
                    assertThat(context.getBean(DrachtioTemplate.class).client())
                            .isSameAs(context.getBean("myClient"));
                });
    }

    /** A real client (not started) built by the client API's own builder. */
    private static DrachtioClient inertClient() {
        return DrachtioClient.builder().connection(ConnectionOptions.builder("127.0.0.1", 9, "x").build()).build();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static class UserTemplate extends DrachtioTemplate {
        UserTemplate(DrachtioClient client) {
            super(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {
        static final DrachtioClientSettings SETTINGS = new DrachtioClientSettings(
                List.of(ConnectionOptions.builder("10.9.9.9", 9022, "mine").name("mine").build()), null);
        static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor();

        @Bean
        DrachtioClientSettings mySettings() {
            return SETTINGS;
        }

        @Bean
        DrachtioTemplate myTemplate(DrachtioClient client) {
            return new UserTemplate(client);
        }

        @Bean(name = DrachtioHandlerConfiguration.EXECUTOR_BEAN, destroyMethod = "")
        Executor myExecutor() {
            return EXECUTOR;
        }

        @Bean
        SipFilter passThrough() {
            return (request, chain) -> chain.filter(request).then(Mono.empty());
        }
    }
}
