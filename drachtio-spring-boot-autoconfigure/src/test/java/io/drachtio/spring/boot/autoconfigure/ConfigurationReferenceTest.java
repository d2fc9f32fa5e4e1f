package io.drachtio.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import io.drachtio.spring.boot.autoconfigure.ConfigurationReferenceCheck.MetadataProperty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The configuration reference ({@code docs/configuration.md}) is verified against the configuration
 * metadata the build generates ({@code META-INF/spring-configuration-metadata.json} in
 * {@code target/classes}, and any other such file on the test class path), so it cannot drift.
 *
 * <p>Format rules of the reference:
 * <ul>
 * <li>Properties are rows of tables whose header is exactly
 *     {@code | Property | Type | Default | Description |}; other tables are not read.</li>
 * <li>Property: the name as one code span, e.g. {@code `drachtio.reconnect.max-delay`}. Every property
 *     of the metadata that starts with {@code drachtio.} or comes from an {@code io.drachtio} class
 *     has exactly one row; every row names such a property.</li>
 * <li>Type: one code span with the metadata type, every qualified class name shortened to its simple
 *     name: {@code `Duration`}, {@code `List<CdrKind>`}, {@code `Mode`}.</li>
 * <li>Default: the metadata default as one code span ({@code `150ms`}, {@code `true`}, a list
 *     comma-separated); for a property without one, {@code —} optionally followed by an
 *     explanation.</li>
 * <li>Elements of a list property are documented as {@code `drachtio.servers[].host`}: the list must
 *     be a metadata property of type {@code java.util.List<E>}, the rest a bean property path of
 *     {@code E}; type and default are those of a new {@code E}. Map-valued properties are documented
 *     by their own row only.</li>
 * <li>Description: free text, not compared.</li>
 * </ul>
 */
class ConfigurationReferenceTest {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private static Path reference() {
        return Path.of(System.getProperty("drachtio.docs.dir", "../docs"), "configuration.md");
    }

    /** @return every property of the reference's scope in the metadata files on the class path */
    private static Map<String, MetadataProperty> metadata() throws IOException {
        Map<String, MetadataProperty> properties = new TreeMap<>();
        List<URL> files = Collections.list(ConfigurationReferenceTest.class.getClassLoader().getResources(METADATA));
        for (URL file : files) {
            String json;
            try (InputStream in = file.openStream()) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<Map<String, Object>> all = JsonPath.read(json, "$.properties[*]");
            for (Map<String, Object> property : all) {
                String name = (String) property.get("name");
                String source = (String) property.getOrDefault("sourceType", "");
                if (name.startsWith("drachtio.") || source.startsWith("io.drachtio.")) {
                    properties.put(name, new MetadataProperty(name, (String) property.get("type"),
                            property.get("defaultValue")));
                }
            }
        }
        return properties;
    }

    @Test
    void theReferenceDocumentsEveryPropertyWithItsTypeAndDefault() throws IOException {
        Map<String, MetadataProperty> metadata = metadata();
        assertThat(metadata).as("drachtio properties of the generated metadata")
                .containsKeys("drachtio.port", "drachtio.secret", "drachtio.servers", "drachtio.cdr.kinds");
        List<ReferenceTable.Row> rows = ReferenceTable.rows(Files.readString(reference()));

        List<String> problems = new ConfigurationReferenceCheck(metadata).problems(rows);

        assertThat(problems).as("differences between %s and the generated metadata", reference()).isEmpty();
        assertThat(rows).extracting(ReferenceTable.Row::name).contains("drachtio.servers[].host",
                "drachtio.servers[].reconnect.max-attempts");
    }

    @Test
    void namesEveryMissingStaleOrWronglyDescribedProperty() {
        Map<String, MetadataProperty> metadata = Map.of(
                "drachtio.port", new MetadataProperty("drachtio.port", "java.lang.Integer", 9022),
                "drachtio.host", new MetadataProperty("drachtio.host", "java.lang.String", "127.0.0.1"),
                "drachtio.secret", new MetadataProperty("drachtio.secret", "java.lang.String", null),
                "drachtio.reconnect.jitter", new MetadataProperty("drachtio.reconnect.jitter", "java.lang.Double", 0.25),
                "drachtio.cdr.kinds", new MetadataProperty("drachtio.cdr.kinds",
                        "java.util.List<io.drachtio.wire.CdrKind>", null),
                "drachtio.servers", new MetadataProperty("drachtio.servers",
                        "java.util.List<io.drachtio.spring.boot.autoconfigure.DrachtioProperties$Server>", null));
        String doc = """
                # Configuration

                | Property | Meaning |
                |---|---|
                | `drachtio.not-a-reference-row` | other tables are not read |

                | Property | Type | Default | Description |
                |---|---|---|---|
                | `drachtio.host` | `String` | `localhost` | wrong default |
                | `drachtio.secret` | `String` | `cymru` | a default the metadata does not have |
                | `drachtio.reconnect.jitter` | `Integer` | `0.25` | wrong type |
                | `drachtio.cdr.kinds` | `List<CdrKind>` | — (the kinds some listener wants) | right |
                | `drachtio.servers` | `List<Server>` | — | right |
                | `drachtio.servers[].port` | `Integer` | — (`drachtio.port`) | right |
                | `drachtio.servers[].reconnect.max-attempts` | `Integer` | — | right |
                | `drachtio.servers[].colour` | `String` | — | no such element property |
                | `drachtio.tags[].x` | `String` | — | no such list |
                | `drachtio.retired` | `String` | — | stale |
                | `drachtio.host` | `String` | `127.0.0.1` | twice |
                """;

        List<String> problems = new ConfigurationReferenceCheck(metadata).problems(ReferenceTable.rows(doc));

        assertThat(problems).containsExactlyInAnyOrder(
                "drachtio.host defaults to `127.0.0.1`, the reference says `localhost`",
                "drachtio.secret has no default, the reference says `cymru` (write —, optionally followed by an explanation)",
                "drachtio.reconnect.jitter has type Double, the reference says Integer",
                "drachtio.servers[].colour (line 16) is documented but no longer exists",
                "drachtio.tags[].x (line 17) is documented but drachtio.tags is no list property of the metadata",
                "drachtio.retired (line 18) is documented but no longer exists",
                "drachtio.host is documented twice (again on line 19)",
                "drachtio.port is in the metadata but missing from the reference");
    }

    @Test
    void aMalformedRowIsRejectedWithItsLine() {
        String doc = """
                | Property | Type | Default | Description |
                |---|---|---|---|
                | drachtio.host | `String` | `127.0.0.1` | name without backticks |
                """;
        assertThatThrownBy(() -> ReferenceTable.rows(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3: the property name must be one code span");
    }

    @Test
    void typesAreShortenedToSimpleNames() {
        assertThat(ConfigurationReferenceCheck.simpleType(
                "java.util.List<io.drachtio.spring.boot.autoconfigure.DrachtioProperties$Server>"))
                .isEqualTo("List<Server>");
        assertThat(ConfigurationReferenceCheck.simpleType("java.util.Map<java.lang.String,java.lang.Integer>"))
                .isEqualTo("Map<String,Integer>");
        assertThat(ConfigurationReferenceCheck.format(List.of("attempt", "stop"))).isEqualTo("attempt, stop");
    }
}
