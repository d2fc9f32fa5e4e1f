package io.drachtio.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.drachtio.testserver.DrachtioTestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.reactive.AnnotationConfigReactiveWebApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A whole run — start-up, a refused secret, traffic, every Actuator endpoint (values shown where an
 * endpoint can show them), shutdown — with the wire trace at TRACE and every drachtio logger at TRACE:
 * neither the right nor the wrong secret appears in any log line or endpoint response. The heap dump is
 * the one endpoint left out: it is the JVM's memory, secrets included, by definition.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretNeverShownTest {

    private static final String RIGHT = "Alpha-s3cret-7f1c";
    private static final String WRONG = "Bravo-s3cret-9e2d";

    @Test
    void noLogLineAndNoEndpointResponseContainsASecret(CapturedOutput output) {
        List<String> responses = new ArrayList<>();
        try (DrachtioTestServer server = DrachtioTestServer.builder().secret(RIGHT).start();
                ConfigurableApplicationContext context = start(server)) {
            WebTestClient web = WebTestClient.bindToApplicationContext(context).build();
            await().untilAsserted(() -> assertThat(get(web, "/actuator/health/drachtio/refused", responses))
                    .contains("AUTHENTICATION_FAILED"));
            server.awaitRoute("invite");
            server.request("INVITE", "sip:busy@127.0.0.1:5060").sdp().send().awaitFinalResponse();

            for (String endpoint : endpoints(web)) {
                get(web, endpoint, responses);
            }
            for (String path : List.of("/actuator/health/drachtio/accepted", "/actuator/env/drachtio.secret",
                    "/actuator/env/drachtio.servers[1].secret", "/actuator/configprops/drachtio",
                    "/actuator/metrics/drachtio.wire.bytes", "/actuator/loggers/io.drachtio.wire.trace")) {
                get(web, path, responses);
            }
            assertThat(String.join("\n", responses)).contains("incorrect secret", "READY", "drachtio.wire.trace",
                    "drachtio.servers[1].secret");
        }

        assertThat(output.getAll()).as("the wire trace ran, masking the secret")
                .contains("|authenticate|****").contains("refused authentication: incorrect secret");
        assertThat(responses).hasSizeGreaterThan(15);
        for (String text : List.of(output.getAll(), String.join("\n", responses))) {
            assertThat(text).doesNotContain(RIGHT).doesNotContain(WRONG);
        }
    }

    private static ConfigurableApplicationContext start(DrachtioTestServer server) {
        return new SpringApplicationBuilder(ObservedApplication.class)
                .web(WebApplicationType.REACTIVE)
                .contextFactory(type -> new AnnotationConfigReactiveWebApplicationContext())
                .properties(
                        "drachtio.servers[0].name=accepted", "drachtio.servers[0].host=" + server.adminHost(),
                        "drachtio.servers[0].port=" + server.adminPort(), "drachtio.servers[0].secret=" + RIGHT,
                        "drachtio.servers[1].name=refused", "drachtio.servers[1].host=" + server.adminHost(),
                        "drachtio.servers[1].port=" + server.adminPort(), "drachtio.servers[1].secret=" + WRONG,
                        "logging.level.io.drachtio=TRACE",
                        "management.endpoints.web.exposure.include=*",
                        "management.endpoint.health.show-details=always",
                        "management.endpoint.env.show-values=always",
                        "management.endpoint.configprops.show-values=always")
                .run();
    }

    /** @return the path of every endpoint the {@code /actuator} index links to, without templates and the heap dump */
    private static List<String> endpoints(WebTestClient web) {
        Map<String, Map<String, Map<String, Object>>> index = web.get().uri("/actuator").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Map<String, Map<String, Object>>>>() { })
                .returnResult().getResponseBody();
        List<String> paths = new ArrayList<>();
        index.get("_links").forEach((name, link) -> {
            if (!Boolean.TRUE.equals(link.get("templated")) && !name.equals("heapdump") && !name.equals("self")) {
                String href = (String) link.get("href");
                paths.add(href.substring(href.indexOf("/actuator")));
            }
        });
        assertThat(paths).contains("/actuator/drachtio", "/actuator/env", "/actuator/configprops",
                "/actuator/health", "/actuator/loggers", "/actuator/metrics");
        return paths;
    }

    private static String get(WebTestClient web, String path, List<String> responses) {
        EntityExchangeResult<byte[]> result = web.get().uri(path).exchange().expectBody().returnResult();
        byte[] body = result.getResponseBodyContent();
        String text = path + " " + result.getStatus() + " " + (body == null ? "" : new String(body,
                StandardCharsets.UTF_8));
        responses.add(text);
        return text;
    }
}
