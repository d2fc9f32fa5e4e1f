package io.drachtio.spring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds a {@link TestServerContextCustomizer} to the contexts of test classes annotated (directly, as
 * a meta-annotation or on an enclosing class) with {@link AutoConfigureDrachtioTestServer}.
 */
class TestServerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureDrachtioTestServer annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureDrachtioTestServer.class);
        return annotation == null ? null : new TestServerContextCustomizer(TestServerSettings.of(annotation));
    }
}
