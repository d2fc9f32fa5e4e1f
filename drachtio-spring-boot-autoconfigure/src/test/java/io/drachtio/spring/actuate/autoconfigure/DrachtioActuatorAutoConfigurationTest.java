package io.drachtio.spring.actuate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.DrachtioClient;
import io.drachtio.spring.actuate.endpoint.DrachtioEndpoint;
import io.drachtio.spring.actuate.health.DrachtioHealthContributor;
import io.drachtio.spring.actuate.metrics.DrachtioClientMeterBinder;
import io.drachtio.spring.actuate.metrics.DrachtioClientMetrics;
import io.drachtio.spring.boot.autoconfigure.DrachtioAutoConfiguration;
import io.drachtio.spring.observation.DefaultSipRequestObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/** Which Actuator beans exist under which conditions. */
class DrachtioActuatorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, DrachtioAutoConfiguration.class,
                    DrachtioHealthAutoConfiguration.class, DrachtioMetricsAutoConfiguration.class,
                    DrachtioEndpointAutoConfiguration.class))
            .withPropertyValues("drachtio.secret=cymru", "drachtio.lifecycle.auto-startup=false");

    @Test
    void healthIsOnByDefaultAndOffWhenDisabled() {
        runner.run(context -> assertThat(context).hasSingleBean(DrachtioHealthContributor.class)
                .hasBean("drachtioHealthContributor"));
        runner.withPropertyValues("management.health.drachtio.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DrachtioHealthContributor.class));
    }

    @Test
    void aHealthContributorOfTheApplicationReplacesOurs() {
        runner.withBean("drachtioHealthContributor", HealthIndicator.class, () -> () -> Health.up().build())
                .run(context -> assertThat(context).doesNotHaveBean(DrachtioHealthContributor.class)
                        .hasSingleBean(HealthIndicator.class));
    }

    @Test
    void metersNeedAMeterRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DrachtioClientMetrics.class)
                .doesNotHaveBean(DrachtioClientMeterBinder.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasSingleBean(DrachtioClientMetrics.class)
                        .hasSingleBean(DrachtioClientMeterBinder.class).hasSingleBean(DrachtioClient.class));
    }

    @Test
    void theEndpointOnlyWhenExposed() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DrachtioEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=drachtio")
                .run(context -> assertThat(context).hasSingleBean(DrachtioEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=drachtio",
                "management.endpoint.drachtio.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(DrachtioEndpoint.class));
    }

    @Test
    void drachtioSecretsAreMaskedWhateverTheSource() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean("drachtioSecretSanitizingFunction",
                    SanitizingFunction.class);
            MapPropertySource source = new MapPropertySource("test", Map.of());
            for (String key : new String[] {"drachtio.secret", "drachtio.servers[2].secret", "DRACHTIO_SECRET",
                    "DRACHTIO_SERVERS_0_SECRET"}) {
                assertThat(sanitizer.applyUnlessFiltered(new SanitizableData(source, key, "x")).getValue())
                        .as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            assertThat(sanitizer.applyUnlessFiltered(new SanitizableData(source, "drachtio.host", "h")).getValue())
                    .isEqualTo("h");
        });
    }

    @Test
    void theHandlerObservationIsSwitchedOffByItsName() {
        ApplicationContextRunner observed = runner.withConfiguration(AutoConfigurations.of(
                ObservationAutoConfiguration.class)).withBean(ObservationHandler.class, () -> context -> true);
        observed.run(context -> assertThat(Observation.createNotStarted(DefaultSipRequestObservationConvention.NAME,
                context.getBean(ObservationRegistry.class)).isNoop()).isFalse());
        observed.withPropertyValues("management.observations.enable.drachtio.handler=false")
                .run(context -> assertThat(Observation.createNotStarted(DefaultSipRequestObservationConvention.NAME,
                        context.getBean(ObservationRegistry.class)).isNoop()).isTrue());
    }

    @Test
    void withoutActuatorNothingOfItIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(HealthContributor.class, Endpoint.class, MeterRegistry.class))
                .withPropertyValues("management.endpoints.web.exposure.include=drachtio")
                .run(context -> assertThat(context).hasSingleBean(DrachtioClient.class)
                        .doesNotHaveBean(DrachtioHealthContributor.class).doesNotHaveBean(DrachtioEndpoint.class)
                        .doesNotHaveBean(DrachtioClientMetrics.class).doesNotHaveBean(SanitizingFunction.class));
    }
}
