package io.drachtio.samples.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What every sample promises an operator: Actuator over HTTP, exposing {@code health}, {@code metrics}
 * and {@code drachtio}, on the sample's own {@code server.port}.
 */
public final class ActuatorExposure {

    /** The endpoints every sample exposes. */
    public static final List<String> ENDPOINTS = List.of("health", "metrics", "drachtio");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ActuatorExposure() {
    }

    /**
     * Checks the sample's {@code application.yml}: its {@code server.port} and the exposed endpoints.
     *
     * @param serverPort the port the sample's README gives
     */
    public static void assertConfigured(int serverPort) {
        PropertySource<?> yaml = applicationYaml();
        assertThat(yaml.getProperty("server.port")).as("server.port in application.yml").isEqualTo(serverPort);
        Object include = yaml.getProperty("management.endpoints.web.exposure.include");
        assertThat(include).as("management.endpoints.web.exposure.include in application.yml").isNotNull();
        assertThat(Arrays.stream(include.toString().split(",")).map(String::trim).toList())
                .containsAll(ENDPOINTS);
    }

    /**
     * Reads each endpoint over HTTP from the running application and expects 200.
     *
     * @param port the port the application's web server listens on
     */
    public static void assertServed(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        for (String endpoint : ENDPOINTS) {
            URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/" + endpoint);
            HttpResponse<String> response = get(http, uri);
            assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + uri, e);
        }
    }

    private static PropertySource<?> applicationYaml() {
        try {
            List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"));
            return documents.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.yml", e);
        }
    }
}
