package io.drachtio.samples.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ProxyOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding and validation of {@code proxy.*} under the names operators use. */
class ProxyPropertiesTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void bindsEverySettingByItsName() {
        contexts.withPropertyValues("proxy.targets[0]=sip:{user}@site1.example.com",
                        "proxy.targets[1]=sips:{user}@site2.example.com;transport=tls", "proxy.forking=serial",
                        "proxy.remain-in-dialog=false", "proxy.provisional-timeout=1500ms")
                .run(context -> assertThat(context.getBean(ProxyProperties.class)).isEqualTo(new ProxyProperties(
                        List.of("sip:{user}@site1.example.com", "sips:{user}@site2.example.com;transport=tls"),
                        ProxyOptions.Forking.SERIAL, false, Duration.ofMillis(1500))));
    }

    @Test
    void forksSimultaneouslyAndRecordRoutesByDefault() {
        contexts.withPropertyValues("proxy.targets=sip:{user}@site1.example.com")
                .run(context -> {
                    ProxyProperties properties = context.getBean(ProxyProperties.class);
                    assertThat(properties.forking()).isEqualTo(ProxyOptions.Forking.SIMULTANEOUS);
                    assertThat(properties.remainInDialog()).isTrue();
                    assertThat(properties.provisionalTimeout()).isNull();
                });
    }

    @Test
    void refusesToStartWithoutTargets() {
        contexts.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("targets"));
    }

    @Test
    void refusesATargetThatIsNotASipUri() {
        contexts.withPropertyValues("proxy.targets=http://site1.example.com/{user}")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("must be a sip: or sips: URI template"));
    }

    @Test
    void refusesMoreTargetsThanDrachtioServerAccepts() {
        contexts.withPropertyValues("proxy.targets=" + "sip:{user}@site.example.com,".repeat(11))
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("targets"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProxyProperties.class)
    static class PropertiesOnly {
    }
}
