package io.drachtio.samples.uas100rel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding and validation of {@code uas.*} under the names operators use. */
class UasPropertiesTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void answersAtOnceByDefault() {
        contexts.run(context -> assertThat(context.getBean(UasProperties.class).answerDelay()).isZero());
    }

    @Test
    void bindsTheAnswerDelay() {
        contexts.withPropertyValues("uas.answer-delay=1500ms")
                .run(context -> assertThat(context.getBean(UasProperties.class).answerDelay())
                        .isEqualTo(Duration.ofMillis(1500)));
    }

    @Test
    void refusesANegativeAnswerDelay() {
        contexts.withPropertyValues("uas.answer-delay=-1s")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("answerDelay"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(UasProperties.class)
    static class PropertiesOnly {
    }
}
