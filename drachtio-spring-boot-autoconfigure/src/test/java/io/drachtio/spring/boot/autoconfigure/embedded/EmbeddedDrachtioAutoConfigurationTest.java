package io.drachtio.spring.boot.autoconfigure.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.embedded.EmbeddedDrachtioServer;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.drachtio.spring.boot.autoconfigure.DrachtioClientSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When the embedded server starts, with which settings, and how the connection is aimed at it. */
class EmbeddedDrachtioAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, DrachtioAutoConfiguration.class,
                    EmbeddedDrachtioAutoConfiguration.class))
            .withPropertyValues("drachtio.lifecycle.auto-startup=false", "drachtio.embedded.sip.port=0");

    private static ConnectionOptions only(DrachtioClientSettings settings) {
        assertThat(settings.connections()).hasSize(1);
        return settings.connections().get(0);
    }

    @Test
    void offByDefault() {
        runner.withPropertyValues("drachtio.secret=cymru").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedDrachtioServer.class);
            assertThat(only(context.getBean(DrachtioClientSettings.class)).port()).isEqualTo(9022);
        });
    }

    @Test
    void whenEnabledTheConnectionGoesToTheEmbeddedServerWithAGeneratedSecret() {
        runner.withPropertyValues("drachtio.embedded.enabled=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EmbeddedDrachtioServer.class);
            EmbeddedDrachtioServer server = context.getBean(EmbeddedDrachtioServer.class);
            ConnectionOptions options = only(context.getBean(DrachtioClientSettings.class));
            assertThat(options.host()).isEqualTo("127.0.0.1");
            assertThat(options.port()).isEqualTo(server.adminAddress().getPort()).isNotEqualTo(9022);
            assertThat(options.secret()).isEqualTo(server.secret()).hasSize(32);
            assertThat(server.sipUdpAddress().getAddress().isLoopbackAddress()).isTrue();
        });
    }

    @Test
    void theConfiguredSecretAndPortsAreUsed() {
        int udp = freeUdpPort();
        runner.withPropertyValues("drachtio.embedded.enabled=true", "drachtio.secret=s3cret",
                "drachtio.embedded.sip.udp-port=" + udp, "drachtio.embedded.sip.tcp-port=0",
                "drachtio.host=elsewhere.example", "drachtio.port=9999").run(context -> {
                    EmbeddedDrachtioServer server = context.getBean(EmbeddedDrachtioServer.class);
                    ConnectionOptions options = only(context.getBean(DrachtioClientSettings.class));
                    assertThat(server.secret()).isEqualTo("s3cret");
                    assertThat(options.secret()).isEqualTo("s3cret");
                    assertThat(options.address()).isEqualTo("127.0.0.1:" + server.adminAddress().getPort());
                    assertThat(server.sipUdpAddress().getPort()).isEqualTo(udp);
                });
    }

    @Test
    void withoutTheModuleNothingStarts() {
        runner.withClassLoader(new FilteredClassLoader(EmbeddedDrachtioServer.class))
                .withPropertyValues("drachtio.embedded.enabled=true", "drachtio.secret=cymru").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedDrachtioServer.class);
                    assertThat(only(context.getBean(DrachtioClientSettings.class)).port()).isEqualTo(9022);
                });
    }

    @Test
    void theApplicationsOwnSettingsWin() {
        runner.withUserConfiguration(OwnSettings.class).withPropertyValues("drachtio.embedded.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedDrachtioServer.class);
                    assertThat(only(context.getBean(DrachtioClientSettings.class)).address())
                            .isEqualTo("10.0.0.9:9022");
                });
    }

    @Test
    void everyEmbeddedPropertyIsDescribedInTheMetadata() throws IOException {
        // the rows of docs/configuration.md are checked for every property by ConfigurationReferenceTest
        String metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring-configuration-metadata.json")) {
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Map<String, Object>> properties = JsonPath.read(metadata,
                "$.properties[?(@.name =~ /drachtio\\.embedded\\..*/)]");
        assertThat(properties).extracting(p -> p.get("name")).containsExactlyInAnyOrder("drachtio.embedded.enabled",
                "drachtio.embedded.sip.host", "drachtio.embedded.sip.port", "drachtio.embedded.sip.udp-port",
                "drachtio.embedded.sip.tcp-port");
        for (Map<String, Object> property : properties) {
            assertThat((String) property.get("description")).as("description of %s", property.get("name"))
                    .isNotBlank();
        }
    }

    private static int freeUdpPort() {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An application that configures its connection itself. */
    @Configuration(proxyBeanMethods = false)
    static class OwnSettings {
        @Bean
        DrachtioClientSettings drachtioClientSettings() {
            return new DrachtioClientSettings(List.of(ConnectionOptions.builder("10.0.0.9", 9022, "own").build()),
                    null);
        }
    }
}
