package io.drachtio.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration processor's metadata is on the classpath and describes every drachtio property. */
class ConfigurationMetadataTest {

    private static String metadata() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyDrachtioPropertyHasADescription() throws IOException {
        List<Map<String, Object>> properties = JsonPath.read(metadata(), "$.properties[?(@.name =~ /drachtio\\..*/)]");
        assertThat(properties).extracting(p -> p.get("name")).contains("drachtio.enabled", "drachtio.host",
                "drachtio.port", "drachtio.secret", "drachtio.tags", "drachtio.ssl.bundle",
                "drachtio.reconnect.initial-delay", "drachtio.reconnect.multiplier", "drachtio.reconnect.max-delay",
                "drachtio.reconnect.max-attempts", "drachtio.reconnect.jitter", "drachtio.ping.interval",
                "drachtio.ping.timeout", "drachtio.servers", "drachtio.mode", "drachtio.outbound.host",
                "drachtio.outbound.port", "drachtio.lifecycle.shutdown-grace", "drachtio.dispatcher.threads",
                "drachtio.cdr.kinds");
        for (Map<String, Object> property : properties) {
            assertThat((String) property.get("description")).as("description of %s", property.get("name"))
                    .isNotBlank();
        }
    }

    @Test
    void portDescriptionExplainsTheOldDefault() throws IOException {
        List<Map<String, Object>> port = JsonPath.read(metadata(), "$.properties[?(@.name == 'drachtio.port')]");
        assertThat(port).singleElement().satisfies(p -> {
            assertThat(p.get("defaultValue")).isEqualTo(9022);
            assertThat((String) p.get("description")).contains("9022").contains("8022");
        });
    }
}
