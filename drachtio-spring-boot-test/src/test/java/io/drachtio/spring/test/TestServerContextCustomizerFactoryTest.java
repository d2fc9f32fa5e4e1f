package io.drachtio.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/** Which test classes get a test server, and which share one (the cache key of their contexts). */
class TestServerContextCustomizerFactoryTest {

    private final TestServerContextCustomizerFactory factory = new TestServerContextCustomizerFactory();

    @Test
    void leavesClassesWithoutTheAnnotationAlone() {
        assertThat(customizerFor(Plain.class)).isNull();
    }

    @Test
    void findsTheAnnotationDirectlyOnTheSliceAndOnEnclosingClasses() {
        assertThat(customizerFor(Defaults.class)).isNotNull();
        assertThat(customizerFor(Slice.class)).isEqualTo(customizerFor(Defaults.class));
        assertThat(customizerFor(Enclosing.Inner.class)).isEqualTo(customizerFor(Enclosing.class));
    }

    @Test
    void equalSettingsShareAContextAndOthersDoNot() {
        ContextCustomizer defaults = customizerFor(Defaults.class);

        assertThat(customizerFor(SameAsDefaults.class)).isEqualTo(defaults).hasSameHashCodeAs(defaults);
        assertThat(customizerFor(OtherSecret.class)).isNotEqualTo(defaults);
        assertThat(customizerFor(ShortTimeout.class)).isNotEqualTo(defaults);
    }

    @Test
    void readsTheSettings() {
        assertThat(TestServerSettings.of(ShortTimeout.class.getAnnotation(AutoConfigureDrachtioTestServer.class)))
                .isEqualTo(new TestServerSettings("cymru", Duration.ofMillis(250)));
        assertThat(TestServerSettings.of(OtherSecret.class.getAnnotation(AutoConfigureDrachtioTestServer.class))
                .toString()).doesNotContain("other-secret");
    }

    @Test
    void refusesATimeoutThatIsNoDuration() {
        assertThatThrownBy(() -> customizerFor(BadTimeout.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@AutoConfigureDrachtioTestServer(awaitTimeout = \"soon\") is not a duration");
        assertThatThrownBy(() -> customizerFor(ZeroTimeout.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    private ContextCustomizer customizerFor(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }

    static class Plain {
    }

    @AutoConfigureDrachtioTestServer
    static class Defaults {
    }

    @AutoConfigureDrachtioTestServer(secret = "cymru", awaitTimeout = "5s")
    static class SameAsDefaults {
    }

    @DrachtioTest
    static class Slice {
    }

    @AutoConfigureDrachtioTestServer(secret = "other-secret")
    static class OtherSecret {
    }

    @AutoConfigureDrachtioTestServer(awaitTimeout = "250ms")
    static class ShortTimeout {
    }

    @AutoConfigureDrachtioTestServer(awaitTimeout = "soon")
    static class BadTimeout {
    }

    @AutoConfigureDrachtioTestServer(awaitTimeout = "0s")
    static class ZeroTimeout {
    }

    @AutoConfigureDrachtioTestServer
    static class Enclosing {
        @Nested
        class Inner {
        }
    }
}
